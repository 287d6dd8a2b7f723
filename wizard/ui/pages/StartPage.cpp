#include "StartPage.h"

#include "OnboardingController.h"
#include "ProfileRules.h"
#include "RecentProfiles.h"
#include "widgets/InfoBanner.h"
#include "widgets/ValidatedLineEdit.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc {

StartPage::StartPage(OnboardingController *controller, QWidget *parent) : JourneyPage(PageId::Start, controller, parent)
{
    setTitle(tr("Connect a cloud account to Scalr or Spot"));
    setSubTitle(tr("Prepare the cloud side, check every answer, keep secrets out of files."));
}

QString StartPage::helpText() const
{
    return tr("Name this onboarding to start a new one: the name keys the saved profile and its keychain entry. "
              "To repeat an earlier onboarding, open its saved profile (a .json file without secrets); you will see "
              "what it changes before anything is applied.");
}

void StartPage::build(QVBoxLayout *body)
{
    auto *form = newForm(body);
    m_name = addField(form, tr("&Name of this onboarding:"), QStringLiteral("profileName"), rules::profileName);
    m_name->setPlaceholderText(tr("e.g. prod-aws"));
    connect(m_name, &ValidatedLineEdit::textEdited, this, [this](const QString &t) { controller()->editProfile().name = t; });

    auto *openRow = new QHBoxLayout;
    auto *open = new QPushButton(tr("&Open a saved profile…"), this);
    open->setObjectName(QStringLiteral("openProfileButton"));
    connect(open, &QPushButton::clicked, this, [this] { Q_EMIT openProfileRequested(QString()); });
    openRow->addWidget(open);
    openRow->addStretch(1);
    body->addLayout(openRow);

    auto *recentLabel = new QLabel(tr("&Recent profiles (double-click or Enter to open):"), this);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentProfiles"));
    m_recent->setAccessibleName(tr("Recent profiles"));
    m_recent->setMaximumHeight(140);
    recentLabel->setBuddy(m_recent);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT openProfileRequested(item->data(Qt::UserRole).toString()); });
    body->addWidget(recentLabel);
    body->addWidget(m_recent);
    body->addWidget(new InfoBanner(InfoBanner::Kind::Info,
                                   tr("Profiles never contain secrets: those stay in the system keychain."), this));
    refreshRecent();
}

void StartPage::refreshRecent()
{
    if (!m_recent)
        return;
    m_recent->clear();
    const QList<RecentProfile> recent = RecentProfiles::list();
    for (const RecentProfile &r : recent) {
        QString text = r.name.isEmpty() ? r.path : tr("%1 — %2").arg(r.name, r.path);
        if (r.secretExpiresSoon)
            text += tr("  ⚠ secret expires %1").arg(r.secretExpiresAt.date().toString(Qt::ISODate));
        auto *item = new QListWidgetItem(text, m_recent);
        item->setData(Qt::UserRole, r.path);
        if (r.secretExpiresSoon)
            item->setToolTip(tr("The client secret of this profile expires within 30 days: create a new one and "
                                "update the platform."));
    }
    if (recent.isEmpty())
        new QListWidgetItem(tr("(none yet)"), m_recent);
    m_recent->setEnabled(!recent.isEmpty());
}

void StartPage::loadFromProfile()
{
    m_name->setText(controller()->profile().name);
    refreshRecent();
}

} // namespace cc
