#include "ReviewPage.h"

#include "DisplayText.h"

#include "AnswerSummary.h"
#include "OnboardingController.h"
#include "ProfileValidator.h"
#include "widgets/InfoBanner.h"

#include "Engine.h"
#include "SubmissionBody.h"

#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cc {

ReviewPage::ReviewPage(OnboardingController *controller, QWidget *parent) : JourneyPage(PageId::Review, controller, parent)
{
    setTitle(tr("Review"));
    setSubTitle(tr("Everything you entered, on one page. Secrets are never shown here."));
}

QString ReviewPage::helpText() const
{
    return tr("Check every answer. Use Back to change one; nothing is lost. “What will be sent” shows the exact body "
              "for the platform, secrets masked. Submit stores the secrets in the system keychain, then sends the "
              "credentials; if the platform already has credentials of that name that differ, you are asked before "
              "anything is replaced, and submitting again never creates a second object. Save the profile to repeat "
              "this onboarding for another account or to finish later.");
}

void ReviewPage::build(QVBoxLayout *body)
{
    m_missing = new InfoBanner(InfoBanner::Kind::Warning, QString(), this);
    m_missing->setObjectName(QStringLiteral("reviewMissing"));
    body->addWidget(m_missing);
    m_summary = new QTextBrowser(this);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setAccessibleName(tr("Summary of your answers"));
    m_summary->setMinimumHeight(200);
    body->addWidget(m_summary, 1);
    auto *sendTitle = new QLabel(tr("<b>What will be sent</b> (secrets masked)"), this);
    body->addWidget(sendTitle);
    m_willSend = new QTextBrowser(this);
    m_willSend->setObjectName(QStringLiteral("reviewWillSend"));
    m_willSend->setAccessibleName(tr("What will be sent to the platform"));
    m_willSend->setMaximumHeight(130);
    body->addWidget(m_willSend);
    m_result = new InfoBanner(InfoBanner::Kind::Info, QString(), this);
    m_result->setObjectName(QStringLiteral("reviewSubmitResult"));
    m_result->setVisible(false);
    body->addWidget(m_result);
    auto *row = new QHBoxLayout;
    auto *save = new QPushButton(tr("&Save profile…"), this);
    save->setObjectName(QStringLiteral("reviewSaveProfile"));
    connect(save, &QPushButton::clicked, this, &ReviewPage::saveProfileRequested);
    row->addWidget(save);
    m_submit = new QPushButton(tr("S&ubmit"), this);
    m_submit->setObjectName(QStringLiteral("reviewSubmit"));
    m_submit->setDefault(false);
    connect(m_submit, &QPushButton::clicked, this, [this] { submit(); });
    row->addWidget(m_submit);
    m_submitStatus = new QLabel(this);
    m_submitStatus->setObjectName(QStringLiteral("reviewSubmitStatus"));
    m_submitStatus->setWordWrap(true);
    m_submitStatus->setTextFormat(Qt::PlainText); // progress may quote the platform
    row->addWidget(m_submitStatus, 1);
    body->addLayout(row);
}

bool ReviewPage::isSubmitting() const
{
    return m_flow && m_flow->isRunning();
}

void ReviewPage::interruptSubmission()
{
    if (m_flow)
        m_flow->interrupt();
}

void ReviewPage::setBusy(bool busy, const QString &text)
{
    m_submit->setEnabled(!busy);
    m_submitStatus->setText(displayText(text));
    Q_EMIT completeChanged();
}

void ReviewPage::submit()
{
    ensureBuilt();
    if (isSubmitting())
        return; // a double click submits once
    const Profile &p = controller()->profile();
    if (!completenessProblems(p).isEmpty()) {
        m_result->setKind(InfoBanner::Kind::Error);
        m_result->setText(tr("Not submitted: fill in what is listed as missing above."));
        m_result->setVisible(true);
        return;
    }
    if (!m_flow) {
        QString why;
        Engine *e = engine(&why); // loaded on the first Submit at the latest (Engine.h)
        if (!e) {
            m_result->setKind(InfoBanner::Kind::Error);
            m_result->setText(tr("Not submitted: %1").arg(why.toHtmlEscaped()));
            m_result->setVisible(true);
            return;
        }
        m_flow = e->createSubmitFlow(this);
        connect(m_flow, &SubmitFlowInterface::progress, this, [this](const QString &text) { m_submitStatus->setText(text); });
        connect(m_flow, &SubmitFlowInterface::checkStarted, this,
                [this](const QString &id) { m_submitStatus->setText(tr("Checking %1…").arg(id)); });
        connect(m_flow, &SubmitFlowInterface::conflictFound, this, &ReviewPage::askReplace);
        connect(m_flow, &SubmitFlowInterface::finished, this, &ReviewPage::flowFinished);
    }
    SubmitFlowInterface::Request request;
    request.profile = p;
    request.secrets = controller()->secrets();
    request.net.caBundle = p.caBundle;
    if (controller()->checkResultsCurrent())
        request.currentResults = controller()->checkResults();
    // The secrets go to the keychain first; nothing is sent if they cannot be stored.
    QPointer<OnboardingController> owner(controller());
    request.storeSecrets = [this, owner](const SecretValues &, std::function<void(const QString &)> done) {
        if (!owner) {
            done(tr("the wizard was closed"));
            return;
        }
        // The answer to this call only; a job abandoned because another profile was opened
        // answers nothing, and the flow (already interrupted then) waits for nobody.
        connect(owner->storeSecrets(), &KeychainJob::finished, this,
                [done](const KeychainResult &r) { done(r.ok ? QString() : r.error.text()); });
    };
    m_result->setVisible(false);
    setBusy(true, tr("Sending…"));
    m_flow->start(request);
    request.secrets.wipe();
}

void ReviewPage::askReplace(const SubmissionResult &r)
{
    // Not exec(): the GUI keeps no nested event loop; the answer arrives through finished().
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Replace the existing credentials?"),
                                tr("%1\n\nReplace them with the credentials you prepared?").arg(displayText(r.message)),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    ask->setTextFormat(Qt::PlainText); // the platform's words, never markup
    ask->setObjectName(QStringLiteral("replaceQuestion"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->button(QMessageBox::Yes)->setText(tr("&Replace"));
    ask->setDefaultButton(QMessageBox::Cancel);
    connect(ask, &QMessageBox::finished, this, [this](int answer) {
        if (m_flow)
            m_flow->answerConflict(answer == QMessageBox::Yes);
    });
    ask->open();
}

void ReviewPage::flowFinished(const SubmitOutcome &outcome)
{
    if (!outcome.checksReused && !outcome.checks.isEmpty())
        controller()->setCheckResults(outcome.checks);
    if (outcome.submission) {
        submitted(*outcome.submission);
        return;
    }
    setBusy(false, QString());
    QString text = outcome.message;
    if (outcome.stop == SubmitOutcome::Stop::ChecksFailed) {
        QStringList failed;
        for (const CheckResult &c : outcome.checks)
            if (c.status == CheckStatus::Fail)
                failed << QStringLiteral("%1: %2").arg(c.id, c.message);
        text = tr("Not submitted: a check failed, so nothing was stored or sent. The Verify page (Back) shows the cause and "
                  "the fix.")
               + QLatin1Char('\n') + failed.join(QLatin1Char('\n'));
    } else if (outcome.stop == SubmitOutcome::Stop::KeychainFailed) {
        text = tr("Not submitted: the secrets could not be stored in the system keychain. Nothing was sent and everything "
                  "you entered is still here; Submit again once the keychain works.")
               + QLatin1Char('\n') + outcome.message;
    }
    m_result->setKind(InfoBanner::Kind::Error);
    m_result->setText(displayText(text).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    m_result->setVisible(true);
}

QString ReviewPage::markPlatformField(const SubmissionResult &r)
{
    // The platform's error names a field: it is kept in the model, and the page that owns the
    // field marks it, so going Back finds it. Here only the page's name, for the message.
    static const QMap<QString, const char *> pages{
        {QStringLiteral("/azure/clientId"), QT_TR_NOOP("Credentials")},
        {QStringLiteral("/azure/tenantId"), QT_TR_NOOP("Credentials")},
        {QStringLiteral("/azure/subscriptionId"), QT_TR_NOOP("Credentials")},
        {QStringLiteral("/secrets/azureClientSecret"), QT_TR_NOOP("Credentials")},
        {QStringLiteral("/aws/accessKeyId"), QT_TR_NOOP("Credentials")},
        {QStringLiteral("/secrets/awsSecretAccessKey"), QT_TR_NOOP("Credentials")},
        {QStringLiteral("/aws/roleArn"), QT_TR_NOOP("Identity")},
        {QStringLiteral("/platform/credentialsName"), QT_TR_NOOP("Platform")},
    };
    const bool marked = !r.succeeded() && pages.contains(r.pointer);
    controller()->setPlatformFieldError(marked ? r.pointer : QString(), marked ? r.message : QString());
    return marked ? tr(pages.value(r.pointer)) : QString();
}

void ReviewPage::submitted(const SubmissionResult &r)
{
    setBusy(false, QString());
    controller()->setSubmission(r);
    const bool ok = r.succeeded();
    const QString marked = markPlatformField(r);
    m_result->setKind(ok ? (r.status == SubmissionStatus::HandedOver ? InfoBanner::Kind::Warning : InfoBanner::Kind::Info)
                      : r.status == SubmissionStatus::Unknown ? InfoBanner::Kind::Warning
                                                              : InfoBanner::Kind::Error);
    QString text = QStringLiteral("%1: %2").arg(r.statusName(), r.message);
    for (const EnvironmentLink &e : r.environments)
        text += QLatin1Char('\n')
                + (e.linked ? tr("Environment %1: linked").arg(e.id) : tr("Environment %1: not linked — %2").arg(e.id, e.reason));
    if (!r.id.isEmpty())
        text += QLatin1Char(' ') + tr("(id %1)").arg(r.id);
    if (!r.fix.isEmpty())
        text += QLatin1Char('\n') + tr("Fix: %1").arg(r.fix);
    if (!marked.isEmpty())
        text += QLatin1Char('\n') + tr("The field is marked on the %1 page (Back).").arg(marked);
    m_result->setText(displayText(text).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    m_result->setVisible(true);
    m_submit->setText(ok ? tr("S&ubmit again") : tr("S&ubmit"));
}

void ReviewPage::journeyChanged()
{
    const Profile &p = controller()->profile();
    QString html;
    for (const AnswerSection &s : answerSummary(p, controller()->secrets())) {
        html += QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"3\">").arg(s.title.toHtmlEscaped());
        for (const AnswerRow &r : s.rows)
            html += QStringLiteral("<tr><td><i>%1</i></td><td>%2</td></tr>").arg(r.label.toHtmlEscaped(), r.value.toHtmlEscaped());
        html += QStringLiteral("</table>");
    }
    m_summary->setHtml(html);
    const bool spot = p.platform.kind == PlatformKind::Spot;
    m_submit->setText(spot ? tr("S&ubmit to Spot") : tr("S&ubmit to Scalr"));
    const QString target =
        spot ? (p.platform.endpoint.isEmpty() ? QString::fromLatin1(kSpotDefaultEndpoint) : p.platform.endpoint) : p.platform.endpoint;
    m_willSend->setPlainText(
        tr("To %1:\n%2").arg(target, QString::fromUtf8(QJsonDocument(submissionBody(p, nullptr)).toJson(QJsonDocument::Indented))));
    const ProfileProblems missing = completenessProblems(p);
    QStringList lines;
    for (const ProfileProblem &m : missing)
        lines << m.message.toHtmlEscaped();
    m_missing->setText(tr("Still missing before this can be verified or submitted:<br>%1").arg(lines.join(QStringLiteral("<br>"))));
    m_missing->setVisible(!missing.isEmpty());
}

} // namespace cc
