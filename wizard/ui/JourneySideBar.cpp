#include "JourneySideBar.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cc {
namespace {

QString stepName(PageId id)
{
    switch (id) {
    case PageId::Start: return JourneySideBar::tr("Start");
    case PageId::Platform: return JourneySideBar::tr("Platform");
    case PageId::Cloud: return JourneySideBar::tr("Cloud");
    case PageId::Network: return JourneySideBar::tr("Network");
    case PageId::ConnectionPolicy: return JourneySideBar::tr("Connection policy");
    case PageId::Identity: return JourneySideBar::tr("Identity");
    case PageId::Credentials: return JourneySideBar::tr("Credentials");
    case PageId::Billing: return JourneySideBar::tr("Billing");
    case PageId::Verify: return JourneySideBar::tr("Verify");
    case PageId::Review: return JourneySideBar::tr("Review");
    case PageId::Done: return JourneySideBar::tr("Done");
    }
    return {};
}

} // namespace

JourneySideBar::JourneySideBar(QWidget *parent) : QWidget(parent), m_layout(new QVBoxLayout(this)), m_title(new QLabel(this))
{
    setObjectName(QStringLiteral("journeySideBar"));
    setAccessibleName(tr("Steps of this onboarding"));
    setMinimumWidth(170);
    m_layout->setContentsMargins(8, 8, 8, 8);
    m_layout->setSpacing(6);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextFormat(Qt::PlainText); // "Scalr + AWS": short, so on one line (no word wrap to lay out)
    m_layout->addWidget(m_title);
    m_layout->addSpacing(4);
    for (int i = 0; i <= int(PageId::Done); ++i) {
        auto *step = new QLabel(this);
        step->setTextFormat(Qt::PlainText);
        m_steps << step;
        m_layout->addWidget(step);
    }
    m_layout->addStretch(1);
}

void JourneySideBar::show(const Journey &journey, int currentPageId)
{
    m_title->setText(journeyTitle(journey));
    const QList<PageId> pages = journeyPages(journey);
    for (int i = 0; i < m_steps.size(); ++i) {
        QLabel *label = m_steps.at(i);
        if (i >= pages.size()) {
            label->hide();
            continue;
        }
        const bool current = int(pages.at(i)) == currentPageId;
        label->setText((current ? QStringLiteral("▸ ") : QStringLiteral("   ")) + stepName(pages.at(i)));
        if (label->font().bold() != current) { // a font change lays the label out again
            QFont f = label->font();
            f.setBold(current);
            label->setFont(f);
        }
        label->setForegroundRole(current ? QPalette::WindowText : QPalette::PlaceholderText);
        // Read by a screen reader as words, not as the arrow and the indent drawn for the eye.
        label->setAccessibleName(current ? tr("Step %1 of %2: %3 (current)").arg(i + 1).arg(pages.size()).arg(stepName(pages.at(i)))
                                         : tr("Step %1 of %2: %3").arg(i + 1).arg(pages.size()).arg(stepName(pages.at(i))));
        label->setAccessibleDescription(current ? tr("current step") : QString());
        label->show();
    }
    // QWizard gives its side widget no more than the side widget's minimum width: make that the
    // width the longest step needs in bold (German, large fonts), so no step is cut off.
    // Measured once per set of steps and font: moving on in the same journey changes neither.
    QStringList steps;
    for (PageId id : pages)
        steps << stepName(id);
    QFont bold = font();
    bold.setBold(true);
    if (steps == m_measuredSteps && bold == m_measuredFont)
        return;
    m_measuredSteps = steps;
    m_measuredFont = bold;
    const QFontMetrics metrics(bold);
    int need = 0;
    for (const QString &step : std::as_const(steps)) // each as it reads when it is the current one
        need = qMax(need, metrics.horizontalAdvance(QStringLiteral("▸ ") + step));
    const QMargins m = m_layout->contentsMargins();
    setMinimumWidth(qMax(170, need + m.left() + m.right() + 8));
}

QString JourneySideBar::text() const
{
    QStringList lines{m_title->text()};
    for (QLabel *l : m_steps)
        if (!l->isHidden())
            lines << l->text();
    return lines.join(u'\n');
}

} // namespace cc
