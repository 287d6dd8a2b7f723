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
    auto *open = m_open = new QPushButton(tr("O&pen a saved profile…"), this);
    open->setObjectName(QStringLiteral("openProfileButton"));
    connect(open, &QPushButton::clicked, this, [this] { Q_EMIT openProfileRequested(QString()); });
    openRow->addWidget(open);
    openRow->addStretch(1);
    body->addLayout(openRow);

    // The list of recent profiles is an item view (the costliest widget of this page to lay out
    // and paint): until there is something to list, a line of text stands in its place
    // (refreshRecent makes the list on demand).
    m_recentLabel = new QLabel(this);
    m_noRecent = new QLabel(tr("(none yet)"), this);
    m_noRecent->setObjectName(QStringLiteral("noRecentProfiles"));
    m_noRecent->setEnabled(false);
    m_noRecent->setIndent(4);
    m_recentBox = new QVBoxLayout;
    m_recentBox->addWidget(m_noRecent);
    body->addWidget(m_recentLabel);
    body->addLayout(m_recentBox);
    auto *removeRow = new QHBoxLayout;
    m_remove = new QPushButton(tr("Re&move selected and delete its stored secrets…"), this);
    m_remove->setObjectName(QStringLiteral("removeProfile"));
    m_remove->setEnabled(false);
    m_remove->hide(); // with the list: nothing to remove before then
    connect(m_remove, &QPushButton::clicked, this, &StartPage::removeSelected);
    removeRow->addWidget(m_remove);
    removeRow->addStretch(1);
    body->addLayout(removeRow);
    // The keychain's answers are shown here (made on the first keychain call: keychainStatus()).
    m_keychainSlot = new QVBoxLayout;
    m_keychainSlot->setContentsMargins(0, 0, 0, 0);
    body->addLayout(m_keychainSlot);
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
        keychainStatus()->follow(controller()->removeSecrets(name), tr("Deleting the stored secrets…"));
    }
    return true;
}

KeychainStatus *StartPage::keychainStatus()
{
    ensureBuilt();
    if (!m_keychain) {
        m_keychain = new KeychainStatus(QStringLiteral("startKeychain"), this);
        m_keychainSlot->addWidget(m_keychain);
        QWidget::setTabOrder(m_remove, m_keychain); // its Retry after the page's own buttons
        connect(m_keychain, &KeychainStatus::retryRequested, this,
                [this] { m_keychain->follow(controller()->loadSecrets(), tr("Reading the secrets from the system keychain…")); });
    }
    return m_keychain;
}

QListWidget *StartPage::recentList()
{
    if (m_recent)
        return m_recent;
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentProfiles"));
    m_recent->setAccessibleName(tr("Recent profiles"));
    m_recent->setMaximumHeight(140);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT openProfileRequested(item->data(Qt::UserRole).toString()); });
    connect(m_recent, &QListWidget::currentRowChanged, m_remove,
            [this] { m_remove->setEnabled(m_recent->currentItem() && !m_recent->currentItem()->data(Qt::UserRole).toString().isEmpty()); });
    m_recentBox->addWidget(m_recent);
    m_recentLabel->setBuddy(m_recent);
    // Made after the page, it would come last in the Tab order: it goes between Open and Remove.
    QWidget::setTabOrder(m_open, m_recent);
    QWidget::setTabOrder(m_recent, m_remove);
    return m_recent;
}

void StartPage::refreshRecent()
{
    if (!m_recentLabel)
        return; // not built yet: build() lists them
    const QList<RecentProfile> recent = RecentProfiles::list();
    const bool listed = !recent.isEmpty();
    const QString label = tr("&Recent profiles (double-click or Enter to open):");
    // Its Alt+letter leads to the list, so it has one only while there is a list; short, it
    // stays on one line (a word-wrapped label is laid out again on every layout pass).
    QString plain = label;
    if (const qsizetype mnemonic = plain.indexOf(u'&'); mnemonic >= 0)
        plain.remove(mnemonic, 1);
    m_recentLabel->setText(listed ? label : plain);
    m_recentLabel->setWordWrap(label.size() > 60);
    m_noRecent->setVisible(!listed);
    m_remove->setEnabled(false);
    m_remove->setVisible(listed);
    if (!listed && !m_recent)
        return;
    recentList()->clear();
    m_recent->setVisible(listed);
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
}

void StartPage::loadFromProfile()
{
    m_name->setText(controller()->profile().name);
    refreshRecent();
}

} // namespace cc
