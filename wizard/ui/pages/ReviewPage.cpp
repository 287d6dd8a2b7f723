#include "ReviewPage.h"

#include "AnswerSummary.h"
#include "OnboardingController.h"
#include "ProfileValidator.h"
#include "widgets/InfoBanner.h"

#include <QHBoxLayout>
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
    return tr("Check every answer. Use Back to change one; nothing is lost. Save the profile to repeat this onboarding "
              "for another account or to finish later.");
}

void ReviewPage::build(QVBoxLayout *body)
{
    m_missing = new InfoBanner(InfoBanner::Kind::Warning, QString(), this);
    m_missing->setObjectName(QStringLiteral("reviewMissing"));
    body->addWidget(m_missing);
    m_summary = new QTextBrowser(this);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setAccessibleName(tr("Summary of your answers"));
    m_summary->setMinimumHeight(300);
    body->addWidget(m_summary, 1);
    auto *submitNote = new InfoBanner(InfoBanner::Kind::Info,
                                      tr("Submitting to the platform and storing secrets in the keychain are not "
                                         "available in this build yet: nothing will be sent. Save the profile now and "
                                         "submit it with a later version."),
                                      this);
    submitNote->setObjectName(QStringLiteral("submitUnavailable"));
    body->addWidget(submitNote);
    auto *row = new QHBoxLayout;
    auto *save = new QPushButton(tr("&Save profile…"), this);
    save->setObjectName(QStringLiteral("reviewSaveProfile"));
    connect(save, &QPushButton::clicked, this, &ReviewPage::saveProfileRequested);
    row->addWidget(save);
    row->addStretch(1);
    body->addLayout(row);
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
    const ProfileProblems missing = completenessProblems(p);
    QStringList lines;
    for (const ProfileProblem &m : missing)
        lines << m.message.toHtmlEscaped();
    m_missing->setText(tr("Still missing before this can be verified or submitted:<br>%1").arg(lines.join(QStringLiteral("<br>"))));
    m_missing->setVisible(!missing.isEmpty());
}

} // namespace cc
