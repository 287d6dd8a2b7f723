#include "VerifyPage.h"

#include "Engine.h"
#include "OnboardingController.h"
#include "widgets/CheckResultsView.h"
#include "widgets/InfoBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cc {

VerifyPage::VerifyPage(OnboardingController *controller, QWidget *parent) : JourneyPage(PageId::Verify, controller, parent)
{
    setTitle(tr("Verify"));
    setSubTitle(tr("Live checks that prove the preparation worked, before anything is sent to the platform."));
}

QString VerifyPage::helpText() const
{
    return tr("Run checks calls the cloud with the answers and secrets entered so far and shows, for each check, what "
              "was found or why it failed and how to fix it. Checks run at the same time; Cancel stops them and Run "
              "checks starts them again. Only this journey's checks are listed; one that cannot run here (billing "
              "turned off, no access key for the Spot role's account) says why. Nothing is sent to the platform on this page. Requests "
              "time out after 30 seconds and are "
              "retried when the service is busy; extra CA certificates come from tls.caBundle in the profile. For "
              "Azure, a grant (admin consent, the Contributor role) can take up to 15 minutes to take effect: for 15 "
              "minutes after you tick that step on the checklist, the checks it explains keep retrying, and the row "
              "says when they will try again.");
}

void VerifyPage::build(QVBoxLayout *body)
{
    m_banner = new InfoBanner(InfoBanner::Kind::Info,
                              tr("The checks call the cloud's APIs with the credentials you entered. Nothing is sent to "
                                 "the platform yet."),
                              this);
    m_banner->setObjectName(QStringLiteral("verifyBanner"));
    body->addWidget(m_banner);

    auto *buttons = new QHBoxLayout;
    m_run = new QPushButton(tr("&Run checks"), this);
    m_run->setObjectName(QStringLiteral("runChecks"));
    m_cancel = new QPushButton(tr("&Cancel checks"), this);
    m_cancel->setObjectName(QStringLiteral("cancelChecks"));
    m_cancel->setEnabled(false);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("checkSummary"));
    m_summary->setWordWrap(true);
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_summary, 1);
    body->addLayout(buttons);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // rows wrap instead
    m_view = new CheckResultsView(scroll);
    m_view->setObjectName(QStringLiteral("checkList"));
    m_view->setAccessibleName(tr("Live checks"));
    scroll->setWidget(m_view);
    scroll->setMinimumHeight(280);
    body->addWidget(scroll, 1);

    connect(m_run, &QPushButton::clicked, this, &VerifyPage::runChecks);
    connect(m_cancel, &QPushButton::clicked, this, &VerifyPage::cancelChecks);
    connect(controller(), &OnboardingController::checkResultsChanged, this, &VerifyPage::showModelResults);
}

bool VerifyPage::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

void VerifyPage::journeyChanged()
{
    // Called on every visit: results stay on screen while they still describe the answers.
    if (isRunning())
        return;
    showModelResults();
}

void VerifyPage::showModelResults()
{
    // The model holds the last completed run (whether this page or a submission ran it); this
    // page shows it, or says why there is nothing to show.
    if (!m_view || isRunning())
        return;
    const QList<CheckResult> &results = controller()->checkResults();
    m_view->setPlanned(liveChecks(controller()->profile()));
    if (results.isEmpty()) {
        m_summary->setText(tr("Not run yet."));
        return;
    }
    if (!controller()->checkResultsCurrent()) {
        m_summary->setText(tr("Answers changed since the last run — run the checks again."));
        return;
    }
    for (const CheckResult &r : results)
        m_view->setResult(r);
    updateSummary();
}

void VerifyPage::runChecks()
{
    ensureBuilt();
    if (!m_runner) {
        QString why;
        Engine *e = engine(&why); // loaded on the first run (Engine.h)
        if (!e) {
            m_summary->setText(tr("The checks cannot run: %1").arg(why.toHtmlEscaped()));
            return;
        }
        m_runner = e->createCheckRunner(this);
        connect(m_runner, &CheckRunnerInterface::checkStarted, this, [this](const QString &id) { m_view->setRunning(id); });
        connect(m_runner, &CheckRunnerInterface::checkProgress, m_view, &CheckResultsView::setProgress);
        connect(m_runner, &CheckRunnerInterface::checkFinished, this, [this](const CheckResult &r) {
            m_view->setResult(r);
            updateSummary();
        });
        connect(m_runner, &CheckRunnerInterface::finished, this, &VerifyPage::finished);
    }
    const Profile &p = controller()->profile();
    m_view->setPlanned(liveChecks(p));
    NetSettings net;
    net.caBundle = p.caBundle;
    m_runner->start(p, controller()->secrets(), net, {}, m_options);
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_summary->setText(tr("Running…"));
    Q_EMIT completeChanged();
}

void VerifyPage::cancelChecks()
{
    if (isRunning())
        m_runner->cancel();
}

void VerifyPage::finished()
{
    m_run->setEnabled(true);
    m_run->setText(tr("&Run checks again"));
    m_cancel->setEnabled(false);
    controller()->setCheckResults(m_runner->results()); // the one place results are kept
    showModelResults();
    Q_EMIT completeChanged();
}

void VerifyPage::updateSummary()
{
    int pass = 0, warn = 0, fail = 0;
    // While a run is under way its results so far; otherwise the model's.
    const QList<CheckResult> results = isRunning() ? m_runner->results() : controller()->checkResults();
    for (const CheckResult &r : results) {
        pass += r.status == CheckStatus::Pass;
        warn += r.status == CheckStatus::Warn;
        fail += r.status == CheckStatus::Fail;
    }
    QString text = tr("%1 passed, %2 with warnings, %3 failed.").arg(pass).arg(warn).arg(fail);
    if (isRunning())
        text = tr("Running… %1").arg(text);
    else if (fail > 0)
        text += QLatin1Char(' ') + tr("Fix the failures, then run the checks again.");
    m_summary->setText(text);
    if (m_banner && !isRunning()) {
        m_banner->setKind(fail > 0 ? InfoBanner::Kind::Error : warn > 0 ? InfoBanner::Kind::Warning : InfoBanner::Kind::Info);
        m_banner->setText(fail > 0   ? tr("Some checks failed: each row says why and what to do.")
                          : warn > 0 ? tr("The checks passed with warnings: read them before you submit.")
                                     : tr("Every check that applies passed."));
    }
}

} // namespace cc
