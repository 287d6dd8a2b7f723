#include "DonePage.h"

#include "OnboardingController.h"
#include "widgets/ChecklistView.h"
#include "widgets/InfoBanner.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace cc {

DonePage::DonePage(OnboardingController *controller, QWidget *parent) : JourneyPage(PageId::Done, controller, parent)
{
    setTitle(tr("Done"));
    setSubTitle(tr("Save what you prepared and continue on the platform."));
    setFinalPage(true);
}

QString DonePage::helpText() const
{
    return tr("Save the profile to keep every answer (no secrets) for next time. Open the platform's page to continue "
              "there.");
}

QString DonePage::platformPageUrl() const
{
    const Profile &p = controller()->profile();
    if (p.platform.kind == PlatformKind::Spot)
        return QStringLiteral("https://console.spotinst.com/");
    const QUrl endpoint(p.platform.endpoint);
    return endpoint.isValid() && !endpoint.host().isEmpty() ? endpoint.scheme() + QStringLiteral("://") + endpoint.authority() + u'/'
                                                            : QString();
}

void DonePage::build(QVBoxLayout *body)
{
    m_outcome = new InfoBanner(InfoBanner::Kind::Info, QString(), this);
    m_outcome->setObjectName(QStringLiteral("doneOutcome"));
    body->addWidget(m_outcome);
    auto *row = new QHBoxLayout;
    auto *save = new QPushButton(tr("&Save profile…"), this);
    save->setObjectName(QStringLiteral("doneSaveProfile"));
    connect(save, &QPushButton::clicked, this, &DonePage::saveProfileRequested);
    auto *open = new QPushButton(tr("&Open the platform in the browser"), this);
    open->setObjectName(QStringLiteral("doneOpenPlatform"));
    connect(open, &QPushButton::clicked, this, [this] {
        const QString url = platformPageUrl();
        if (!url.isEmpty())
            QDesktopServices::openUrl(QUrl(url));
    });
    row->addWidget(save);
    row->addWidget(open);
    row->addStretch(1);
    body->addLayout(row);
    m_checklist = new ChecklistView(controller(), PageId::Done, this);
    body->addWidget(m_checklist);
}

void DonePage::journeyChanged()
{
    m_outcome->setText(tr("Nothing was sent to %1 and no secret was stored: this build prepares and reviews the "
                          "onboarding. Save the profile to submit it later; the secrets you typed are discarded when "
                          "the wizard closes.")
                           .arg(controller()->profile().platform.kind == PlatformKind::Scalr ? QStringLiteral("Scalr")
                                                                                             : QStringLiteral("Spot")));
    m_checklist->refresh();
}

} // namespace cc
