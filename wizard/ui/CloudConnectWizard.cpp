#include "CloudConnectWizard.h"
#include "Logging.h"

#include "BundlePassphraseDialog.h"
#include "Engine.h"
#include "ImportReviewDialog.h"
#include "ProfileJson.h"
#include "JourneySideBar.h"
#include "OffGuiThread.h"
#include "OnboardingController.h"
#include "ProfileFile.h"
#include "RecentProfiles.h"
#include "pages/BillingPage.h"
#include "pages/CloudPage.h"
#include "pages/ConnectionPolicyPage.h"
#include "pages/CredentialsPage.h"
#include "pages/DonePage.h"
#include "pages/IdentityPage.h"
#include "pages/NetworkPage.h"
#include "pages/PlatformPage.h"
#include "pages/ReviewPage.h"
#include "pages/StartPage.h"
#include "pages/VerifyPage.h"
#include "widgets/KeychainStatus.h"

#include <QAbstractButton>
#include <QFile>
#include <QFileDialog>

#include <algorithm>
#include <memory>
#include <QKeyEvent>
#include <QLineEdit>
#include <QComboBox>
#include <QRadioButton>
#include <QCheckBox>
#include <QSpinBox>
#include <QDateEdit>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QTimer>
#include <QStandardPaths>

namespace cc {

CloudConnectWizard::CloudConnectWizard(QWidget *parent)
    : QWizard(parent), m_controller(new OnboardingController(this)), m_sideBar(new JourneySideBar)
{
    setObjectName(QStringLiteral("cloudConnectWizard"));
    setWindowTitle(tr("Cloud Connect"));
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::HaveHelpButton | QWizard::NoBackButtonOnStartPage | QWizard::NoDefaultButton);
    setMinimumSize(860, 640);
    // The size users get: enough for about 110 characters of this font per line (a larger font
    // gets a larger window), within the screen.
    const QFontMetrics metrics = fontMetrics();
    QSize preferred(qMax(860, metrics.averageCharWidth() * 110), qMax(640, metrics.height() * 36));
    if (const QScreen *s = screen())
        preferred = preferred.boundedTo(s->availableGeometry().size() * 0.9);
    resize(preferred.expandedTo(minimumSize()));

    auto *start = new StartPage(m_controller);
    auto *review = new ReviewPage(m_controller);
    auto *done = new DonePage(m_controller);
    setPage(int(PageId::Start), start);
    setPage(int(PageId::Platform), new PlatformPage(m_controller));
    setPage(int(PageId::Cloud), new CloudPage(m_controller));
    setPage(int(PageId::Network), new NetworkPage(m_controller));
    setPage(int(PageId::ConnectionPolicy), new ConnectionPolicyPage(m_controller));
    setPage(int(PageId::Identity), new IdentityPage(m_controller));
    setPage(int(PageId::Credentials), new CredentialsPage(m_controller));
    setPage(int(PageId::Billing), new BillingPage(m_controller));
    setPage(int(PageId::Verify), new VerifyPage(m_controller));
    setPage(int(PageId::Review), review);
    setPage(int(PageId::Done), done);
    setStartId(int(PageId::Start));

    setSideWidget(m_sideBar);

    connect(start, &StartPage::openProfileRequested, this, [this](const QString &path) { openProfile(path); });
    connect(review, &ReviewPage::saveProfileRequested, this, [this] { saveProfile(QString()); });
    // Ctrl+S saves to the profile's file (asking only the first time), Ctrl+Shift+S always asks.
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, [this] { saveProfile(m_controller->profilePath()); });
    connect(new QShortcut(QKeySequence::SaveAs, this), &QShortcut::activated, this, [this] { saveProfile(QString()); });
    connect(new QShortcut(QKeySequence::Open, this), &QShortcut::activated, this, [this] { openProfile(QString()); });
    connect(done, &DonePage::saveProfileRequested, this, [this] { saveProfile(QString()); });
    // Back asks first while a submission is under way (QWizard wires the button to back() itself).
    QAbstractButton *backButton = button(QWizard::BackButton);
    disconnect(backButton, SIGNAL(clicked()), this, SLOT(back()));
    connect(backButton, &QAbstractButton::clicked, this, &CloudConnectWizard::goBack);
    connect(this, &QWizard::helpRequested, this, &CloudConnectWizard::showHelp);
    connect(this, &QWizard::currentIdChanged, this, &CloudConnectWizard::updateSideBar);
    connect(this, &QWizard::currentIdChanged, this,
            [](int id) { qCDebug(logUi).noquote() << "page" << (id < 0 ? QString() : pageKey(PageId(id))); });
    // Each page gives the keyboard to its first input when it appears (after QWizard's own
    // focus handling, which leaves it on the Next button when the page has no focus widget).
    connect(this, &QWizard::currentIdChanged, this, [this] {
        QTimer::singleShot(0, this, [this] {
            if (auto *page = qobject_cast<JourneyPage *>(currentPage()))
                page->focusFirstInput();
        });
    });
    connect(m_controller, &OnboardingController::journeyChanged, this, &CloudConnectWizard::updateSideBar);
    updateSideBar();
}

void CloudConnectWizard::updateSideBar()
{
    m_sideBar->show(m_controller->journey(), currentId());
}

void CloudConnectWizard::showHelp()
{
    auto *page = qobject_cast<JourneyPage *>(currentPage());
    if (!page)
        return;
    QMessageBox box(QMessageBox::Information, tr("Help: %1").arg(page->title()), page->helpText(), QMessageBox::Close, this);
    box.setObjectName(QStringLiteral("helpBox"));
    box.exec();
}

void CloudConnectWizard::goBack()
{
    if (confirmLeavingSubmission(tr("Stop waiting for the submission?"), tr("Stop waiting and go back")))
        back();
}

bool CloudConnectWizard::confirmLeavingSubmission(const QString &title, const QString &leave)
{
    auto *review = qobject_cast<ReviewPage *>(page(int(PageId::Review)));
    if (!review || !review->isSubmitting())
        return true;
    const QString platform = m_controller->profile().platform.kind == PlatformKind::Spot ? QStringLiteral("Spot") : QStringLiteral("Scalr");
    QMessageBox box(QMessageBox::Question, title,
                    tr("The credentials are being submitted to %1. If you stop waiting now, you will not know whether %1 "
                       "received them; the outcome is recorded as unknown. Submitting again later asks %1 first, so "
                       "nothing is created twice.")
                        .arg(platform),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("interruptSubmission"));
    QPushButton *stay = box.addButton(tr("&Keep waiting"), QMessageBox::RejectRole);
    QPushButton *go = box.addButton(leave, QMessageBox::DestructiveRole);
    go->setObjectName(QStringLiteral("interruptSubmissionLeave"));
    box.setDefaultButton(stay);
    box.setEscapeButton(stay);
    box.exec();
    if (box.clickedButton() != go)
        return false;
    review->interruptSubmission();
    return true;
}

void CloudConnectWizard::reject()
{
    // Leaving while a submission is out: one question (it covers what would be lost too).
    auto *review = qobject_cast<ReviewPage *>(page(int(PageId::Review)));
    if (review && review->isSubmitting()) {
        if (confirmLeavingSubmission(tr("Leave while submitting?"), tr("&Stop waiting and leave")))
            QWizard::reject();
        return;
    }
    if (m_controller->hasUserInput()) {
        const auto answer = QMessageBox::question(this, tr("Leave Cloud Connect?"),
                                                  tr("What you entered will be lost, including the secrets typed in "
                                                     "(they are kept in memory only). Save the profile first to resume "
                                                     "later.\n\nLeave anyway?"),
                                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QWizard::reject();
}

bool CloudConnectWizard::openProfile(const QString &requested)
{
    QString path = requested;
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(this, tr("Open a saved profile"),
                                            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                            tr("Cloud Connect profiles and bundles (*.json *.ccbundle);;All files (*)"));
    if (path.isEmpty())
        return false;
    if (isBundleFile(path))
        return openBundle(path, QString());
    const ProfileParseResult result = readProfileFile(path);
    ImportReviewDialog dialog(path, result, m_controller->profile(), this);
    if (dialog.exec() != QDialog::Accepted || !result.ok())
        return false;
    m_controller->replaceProfile(*result.profile, path);
    RecentProfiles::add(path);
    restart();
    // The profile's secrets are in the keychain, if anywhere: read them (asynchronously) before
    // resuming, since the pages on the way need them. A keychain that fails is reported on the
    // Start page with Retry; the wizard stays usable.
    const QString resumePage = result.profile->resumePage;
    auto *start = qobject_cast<StartPage *>(page(int(PageId::Start)));
    start->ensureBuilt();
    KeychainJob *job = m_controller->loadSecrets();
    start->keychainStatus()->follow(job, tr("Reading the secrets from the system keychain…"));
    connect(job, &KeychainJob::finished, this, [this, resumePage] {
        if (currentId() == int(PageId::Start))
            resumeAt(resumePage);
    });
    return true;
}

bool CloudConnectWizard::isBundleFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(8) == "CCBUNDLE";
}

bool CloudConnectWizard::openBundle(const QString &path, const QString &givenPassphrase)
{
    QString passphrase = givenPassphrase;
    if (passphrase.isEmpty()) {
        BundlePassphraseDialog ask(BundlePassphraseDialog::Purpose::Open, path, this);
        if (ask.exec() != QDialog::Accepted)
            return false;
        passphrase = ask.passphrase();
    }
    QFile f(path);
    QString error;
    std::optional<BundleContents> contents;
    Engine *bundles = engine(&error); // loaded here, on the GUI thread, not in the worker
    if (bundles && !f.open(QIODevice::ReadOnly))
        error = tr("%1 cannot be read: %2").arg(path, f.errorString());
    else if (bundles) {
        const QByteArray sealed = f.read(kBundleMaxBytes + 1);
        contents = runOffGuiThread<std::optional<BundleContents>>([&] { return bundles->importBundle(sealed, passphrase, &error); });
    }
    wipeString(passphrase);
    if (!contents) {
        QMessageBox::warning(this, tr("Bundle not opened"), tr("%1\n\nNothing was changed.").arg(error));
        return false;
    }
    // The same review as for a profile file, before anything is applied.
    const ProfileParseResult result = parseProfile(serializeProfile(contents->profile));
    ImportReviewDialog dialog(path, result, m_controller->profile(), this);
    if (dialog.exec() != QDialog::Accepted || !result.ok()) {
        contents->secrets.wipe();
        return false;
    }
    // Saving later asks for a profile file: the bundle itself is never overwritten.
    m_controller->replaceProfile(*result.profile, QString());
    m_controller->setSecrets(contents->secrets);
    contents->secrets.wipe();
    restart();
    resumeAt(result.profile->resumePage);
    return true;
}

void CloudConnectWizard::resumeAt(const QString &page)
{
    // Walk forward through the journey as a user pressing Next would, stopping at the saved page
    // or at the first page that still needs something (typically a secret, which profiles never hold).
    const QList<PageId> pages = journeyPages(m_controller->journey());
    const bool known = std::any_of(pages.begin(), pages.end(), [&](PageId id) { return pageKey(id) == page; });
    while (known && pageKey(PageId(currentId())) != page && currentPage() && currentPage()->isComplete() && nextId() != -1)
        next();
}

QString CloudConnectWizard::saveProfile(const QString &requested)
{
    QString path = requested;
    if (path.isEmpty()) {
        QString suggestion = m_controller->profilePath();
        if (suggestion.isEmpty())
            suggestion = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/'
                         + (m_controller->profile().name.isEmpty() ? QStringLiteral("profile") : m_controller->profile().name)
                         + QStringLiteral(".json");
        path = QFileDialog::getSaveFileName(this, tr("Save profile"), suggestion, tr("Cloud Connect profiles (*.json)"));
        if (path.isEmpty())
            return tr("not saved");
    }
    Profile toSave = m_controller->profile();
    toSave.resumePage = pageKey(PageId(currentId()));
    // Writing and syncing the file (and the recent list's settings file) waits on the disk: off
    // the GUI thread, so the window keeps painting (docs/benchmarks.md, "profile saved").
    const QString error = runOffGuiThread<QString>([&toSave, &path] {
        QString e = saveProfileFile(toSave, path);
        if (e.isEmpty())
            RecentProfiles::add(path);
        return e;
    });
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Profile not saved"), tr("%1\n\nChoose another folder; your answers are still here.").arg(error));
        return error;
    }
    m_controller->setProfilePath(path);
    return {};
}

void CloudConnectWizard::keyPressEvent(QKeyEvent *event)
{
    // Fields pass Return on (QLineEdit, a closed QComboBox, radio buttons and check boxes ignore
    // it), and QWizard has no default button here (NoDefaultButton: a list's Enter opens a profile
    // and must not also move on). So a complete page moves on from its fields; a list and a push
    // button keep Return for themselves, and so does a page that is not complete.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (enter && mods == Qt::NoModifier) {
        QWidget *focus = focusWidget();
        const bool field = qobject_cast<QLineEdit *>(focus) || qobject_cast<QComboBox *>(focus) || qobject_cast<QRadioButton *>(focus)
                           || qobject_cast<QCheckBox *>(focus) || qobject_cast<QSpinBox *>(focus) || qobject_cast<QDateEdit *>(focus);
        QAbstractButton *onward = button(nextId() == -1 ? QWizard::FinishButton : QWizard::NextButton);
        if (field && onward && onward->isVisible() && onward->isEnabled()) {
            onward->click();
            return;
        }
    }
    QWizard::keyPressEvent(event);
}

} // namespace cc
