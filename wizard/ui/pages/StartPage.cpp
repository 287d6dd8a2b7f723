#include "StartPage.h"

#include "OnboardingController.h"
#include "ProfileRules.h"
#include "RecentProfiles.h"
#include "widgets/InfoBanner.h"
#include "widgets/KeychainStatus.h"
#include "widgets/ValidatedLineEdit.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
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
    m_name = addField(form, tr("Name of this &onboarding:"), QStringLiteral("profileName"), rules::profileName);
    m_name->setPlaceholderText(tr("e.g. prod-aws"));
    connect(m_name, &ValidatedLineEdit::textEdited, this, [this](const QString &t) { controller()->setText(ProfileField::Name, t); });

    auto *openRow = new QHBoxLayout;
    auto *open = new QPushButton(tr("O&pen a saved profile…"), this);
    open->setObjectName(QStringLiteral("openProfileButton"));
    connect(open, &QPushButton::clicked, this, [this] { Q_EMIT openProfileRequested(QString()); });
    openRow->addWidget(open);
    openRow->addStretch(1);
    body->addLayout(openRow);

    auto *recentLabel = new QLabel(tr("&Recent profiles (double-click or Enter to open):"), this);
    recentLabel->setWordWrap(true);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentProfiles"));
    m_recent->setAccessibleName(tr("Recent profiles"));
    m_recent->setMaximumHeight(140);
    recentLabel->setBuddy(m_recent);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT openProfileRequested(item->data(Qt::UserRole).toString()); });
    body->addWidget(recentLabel);
    body->addWidget(m_recent);
    auto *removeRow = new QHBoxLayout;
    auto *remove = new QPushButton(tr("Re&move selected and delete its stored secrets…"), this);
    remove->setObjectName(QStringLiteral("removeProfile"));
    remove->setEnabled(false);
    connect(m_recent, &QListWidget::currentRowChanged, remove, [this, remove] {
        remove->setEnabled(m_recent->currentItem() && !m_recent->currentItem()->data(Qt::UserRole).toString().isEmpty());
    });
    connect(remove, &QPushButton::clicked, this, &StartPage::removeSelected);
    removeRow->addWidget(remove);
    removeRow->addStretch(1);
    body->addLayout(removeRow);
    m_keychain = new KeychainStatus(QStringLiteral("startKeychain"), this);
    body->addWidget(m_keychain);
    connect(m_keychain, &KeychainStatus::retryRequested, this,
            [this] { m_keychain->follow(controller()->loadSecrets(), tr("Reading the secrets from the system keychain…")); });
    body->addWidget(new InfoBanner(InfoBanner::Kind::Info, tr("Profiles never hold secrets: those stay in the keychain."), this));
    refreshRecent();
}

bool StartPage::removeSelected()
{
    QListWidgetItem *item = m_recent ? m_recent->currentItem() : nullptr;
    const QString path = item ? item->data(Qt::UserRole).toString() : QString();
    if (path.isEmpty())
        return false;
    const QString name = item->data(Qt::UserRole + 1).toString();
    const auto answer =
        QMessageBox::question(this, tr("Remove profile"),
                              tr("Remove %1 from the recent list and delete the secrets stored for “%2” from the system keychain?\n\n"
                                 "The profile file itself stays where it is.")
                                  .arg(path, name),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    RecentProfiles::remove(path);
    refreshRecent();
    if (!name.isEmpty()) {
        m_keychain->follow(controller()->removeSecrets(name), tr("Deleting the stored secrets…"));
    }
    return true;
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
        item->setData(Qt::UserRole + 1, r.name);
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
