#include "DonePage.h"
#include "ReportPdf.h"

#include "Journey.h"
#include "OffGuiThread.h"
#include "OwnerOnlyFile.h"

#include "BundlePassphraseDialog.h"
#include "Engine.h"
#include "OnboardingController.h"
#include "ReportRenderers.h"
#include "widgets/ChecklistView.h"
#include "widgets/InfoBanner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>
#include <QGridLayout>
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
    if (controller()->submission() && !controller()->submission()->link.isEmpty())
        return controller()->submission()->link;
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
    // Two rows of two: four buttons side by side were wider than the page in German or at 150 %.
    auto *row = new QGridLayout;
    auto *save = new QPushButton(tr("&Save profile…"), this);
    save->setObjectName(QStringLiteral("doneSaveProfile"));
    connect(save, &QPushButton::clicked, this, &DonePage::saveProfileRequested);
    auto *report = new QPushButton(tr("&Export report…"), this);
    report->setObjectName(QStringLiteral("doneExportReport"));
    connect(report, &QPushButton::clicked, this, [this] { exportReport(QString()); });
    auto *open = new QPushButton(tr("&Open the platform in the browser"), this);
    open->setObjectName(QStringLiteral("doneOpenPlatform"));
    connect(open, &QPushButton::clicked, this, [this] {
        const QString url = platformPageUrl();
        if (!url.isEmpty())
            QDesktopServices::openUrl(QUrl(url));
    });
    auto *bundle = new QPushButton(tr("Export for a &colleague…"), this);
    bundle->setObjectName(QStringLiteral("doneExportBundle"));
    bundle->setToolTip(tr("The profile and its secrets in one encrypted file (AES-256-GCM, passphrase)."));
    connect(bundle, &QPushButton::clicked, this, [this] { exportBundle(QString(), QString()); });
    row->addWidget(save, 0, 0);
    row->addWidget(report, 0, 1);
    row->addWidget(bundle, 1, 0);
    row->addWidget(open, 1, 1);
    row->setColumnStretch(2, 1);
    body->addLayout(row);
    m_checklist = new ChecklistView(controller(), PageId::Done, this);
    body->addWidget(m_checklist);
}

QString DonePage::exportReport(const QString &requested)
{
    QString path = requested;
    if (path.isEmpty()) {
        const QString name = controller()->profile().name.isEmpty() ? QStringLiteral("report") : controller()->profile().name;
        path = QFileDialog::getSaveFileName(this, tr("Export summary report"),
                                            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + name
                                                + QStringLiteral("-report.pdf"),
                                            tr("PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;JSON (*.json)"));
        if (path.isEmpty())
            return tr("not exported");
    }
    const std::optional<ReportFormat> format = reportFormatFor(QString(), path);
    QString error;
    if (!format)
        error = tr("Choose a file ending in .pdf, .html, .md or .json.");
    else {
        ReportData data = buildReportData(controller()->profile(), controller()->secrets(), QCoreApplication::applicationVersion(),
                                          QDateTime::currentDateTimeUtc(),
                                          controller()->checkResultsCurrent() ? controller()->checkResults() : QList<CheckResult>());
        if (const std::optional<SubmissionResult> &r = controller()->submission())
            data.submission = ReportSubmission{r->statusName(), r->platform, r->id, r->message};
        // A PDF takes about a tenth of a second to lay out and write: off the GUI thread (the
        // report layer touches no widget; QPainter on a QPdfWriter may run on any thread).
        const ReportFormat chosen = *format;
        error = runOffGuiThread<QString>([&data, chosen, &path] { return writeReport(data, chosen, path, writeReportPdf); });
    }
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Report not exported"), tr("%1\n\nNothing you entered was lost.").arg(error));
    return error;
}

QString DonePage::exportBundle(const QString &requestedPath, const QString &requestedPassphrase)
{
    QString passphrase = requestedPassphrase;
    QString path = requestedPath;
    if (path.isEmpty()) {
        const QString name = controller()->profile().name.isEmpty() ? QStringLiteral("profile") : controller()->profile().name;
        path = QFileDialog::getSaveFileName(this, tr("Export for a colleague"),
                                            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + name
                                                + QStringLiteral(".ccbundle"),
                                            tr("Cloud Connect bundles (*.ccbundle)"));
        if (path.isEmpty())
            return tr("not exported");
    }
    if (passphrase.isEmpty()) {
        BundlePassphraseDialog ask(BundlePassphraseDialog::Purpose::Export, path, this);
        if (ask.exec() != QDialog::Accepted)
            return tr("not exported");
        passphrase = ask.passphrase();
    }
    QString error;
    // Only the secrets this journey uses travel, as with `cloudconnect bundle export`.
    SecretValues packed = onlyJourneySecrets(controller()->secrets(), controller()->profile());
    const Profile profile = controller()->profile();
    Engine *bundles = engine(&error); // loaded here, on the GUI thread, not in the worker
    const QByteArray sealed =
        bundles ? runOffGuiThread<QByteArray>([&] { return bundles->exportBundle(profile, packed, passphrase, &error); }) : QByteArray();
    packed.wipe();
    wipeString(passphrase);
    if (!sealed.isEmpty()) {
        const QString writeError = writeOwnerOnlyFile(path, sealed);
        if (!writeError.isEmpty())
            error = tr("The bundle could not be written: %1").arg(writeError);
    }
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Bundle not exported"), tr("%1\n\nNothing you entered was lost.").arg(error));
    return error;
}

void DonePage::journeyChanged()
{
    const QString platform =
        controller()->profile().platform.kind == PlatformKind::Scalr ? QStringLiteral("Scalr") : QStringLiteral("Spot");
    const std::optional<SubmissionResult> &r = controller()->submission();
    if (!r) {
        m_outcome->setKind(InfoBanner::Kind::Warning);
        m_outcome->setText(tr("Nothing was sent to %1: go Back to the Review page and Submit, or save the profile and run "
                              "“cloudconnect submit” later. Export the report for the change record.")
                               .arg(platform));
    } else if (r->status == SubmissionStatus::Created || r->status == SubmissionStatus::Updated
               || r->status == SubmissionStatus::Unchanged) {
        m_outcome->setKind(InfoBanner::Kind::Info);
        m_outcome->setPlainText(tr("%1 accepted the credentials (%2, id %3). %4 The secrets are in the system keychain.")
                                    .arg(platform, r->statusName(), r->id, r->message));
    } else if (r->status == SubmissionStatus::Incomplete) {
        QStringList envs;
        for (const EnvironmentLink &e : r->environments)
            envs << (e.linked ? tr("environment %1: linked").arg(e.id) : tr("environment %1: not linked — %2").arg(e.id, e.reason));
        m_outcome->setKind(InfoBanner::Kind::Warning);
        m_outcome->setPlainText(tr("%1 holds the credentials (id %2), but not every environment uses them yet:\n%3\n%4")
                                    .arg(platform, r->id, envs.join(QLatin1Char('\n')), r->fix));
    } else if (r->status == SubmissionStatus::Unknown) {
        m_outcome->setKind(InfoBanner::Kind::Warning);
        m_outcome->setPlainText(tr("Whether %1 received the credentials is not known: %2 %3").arg(platform, r->message, r->fix));
    } else if (r->status == SubmissionStatus::HandedOver) {
        m_outcome->setKind(InfoBanner::Kind::Warning);
        m_outcome->setPlainText(tr("One step is left in %1's web UI: %2").arg(platform, r->message));
    } else {
        m_outcome->setKind(InfoBanner::Kind::Error);
        m_outcome->setPlainText(tr("%1 did not accept the submission: %2 %3").arg(platform, r->message, r->fix));
    }
    m_checklist->refresh();
}

} // namespace cc
