#include "VerifyPage.h"

#include "OnboardingController.h"
#include "widgets/InfoBanner.h"

#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cc {

VerifyPage::VerifyPage(OnboardingController *controller, QWidget *parent) : JourneyPage(PageId::Verify, controller, parent)
{
    setTitle(tr("Verify"));
    setSubTitle(tr("Live checks that prove the preparation worked, before anything is sent to the platform."));
}

QString VerifyPage::helpText() const
{
    return tr("Each row is one live check. A check that does not apply to this journey is listed as skipped with the "
              "reason. Until live checks are available in this build, verify in the cloud's console.");
}

void VerifyPage::build(QVBoxLayout *body)
{
    auto *banner = new InfoBanner(InfoBanner::Kind::Warning,
                                  tr("Live verification is not available in this build yet, so <b>nothing below has "
                                     "been checked</b>. These are the checks that will run for this journey."),
                                  this);
    banner->setObjectName(QStringLiteral("verifyUnavailable"));
    body->addWidget(banner);
    m_checks = new QTreeWidget(this);
    m_checks->setObjectName(QStringLiteral("checkList"));
    m_checks->setAccessibleName(tr("Live checks"));
    m_checks->setColumnCount(3);
    m_checks->setHeaderLabels({tr("Check"), tr("Status"), tr("What it proves")});
    m_checks->setRootIsDecorated(false);
    m_checks->setWordWrap(true);
    m_checks->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_checks->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_checks->header()->setStretchLastSection(true);
    m_checks->setMinimumHeight(260);
    body->addWidget(m_checks);
}

void VerifyPage::journeyChanged()
{
    m_checks->clear();
    for (const LiveCheck &c : liveChecks(controller()->profile())) {
        auto *item = new QTreeWidgetItem(m_checks);
        item->setText(0, c.id);
        item->setText(1, c.applies ? tr("not run") : tr("skipped"));
        // A skipped row says why; what it would have proved stays in the tooltip.
        item->setText(2, c.applies ? c.title : c.skipReason);
        item->setToolTip(2, c.applies ? c.title : tr("%1 — skipped: %2").arg(c.title, c.skipReason));
    }
}

} // namespace cc
