#include "CheckResultsView.h"

#include "DisplayText.h"

#include <QFrame>
#include <QSet>
#include <QGridLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace cc {

namespace {

QLabel *wrapped(QWidget *parent, const QString &name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse); // causes and fixes can be copied
    return l;
}

} // namespace

CheckResultsView::CheckResultsView(QWidget *parent) : QWidget(parent), m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    m_layout->addStretch(1);
}

void CheckResultsView::setPlanned(const QList<LiveCheck> &checks)
{
    // Only the journey's checks: those of the other cloud (a group, "aws." or "azure.", none of
    // which applies) are not listed at all. A check of this journey that cannot run (billing off,
    // no key for the Spot role's account) stays, at the end, saying why. (The CLI's JSON keeps
    // every id, as docs/cli.md promises.)
    auto group = [](const QString &id) { return id.left(id.indexOf(u'.')); };
    QSet<QString> groupsThatRun;
    for (const LiveCheck &c : checks)
        if (c.applies)
            groupsThatRun.insert(group(c.id));
    QList<LiveCheck> ordered;
    std::copy_if(checks.begin(), checks.end(), std::back_inserter(ordered), [](const LiveCheck &c) { return c.applies; });
    std::copy_if(checks.begin(), checks.end(), std::back_inserter(ordered),
                 [&](const LiveCheck &c) { return !c.applies && groupsThatRun.contains(group(c.id)); });
    // The same checks as shown (every run of the same answers, and the run's end showing the
    // model's results): the rows are kept and only reset, not built again — rebuilding them cost
    // the GUI thread 5–25 ms at every start and end of a run (docs/benchmarks.md).
    QStringList key;
    for (const LiveCheck &c : std::as_const(ordered))
        key << c.id + QLatin1Char('\n') + c.title;
    if (key != m_rowKey) {
        buildRows(ordered);
        m_rowKey = key;
    }
    for (const LiveCheck &c : std::as_const(ordered)) {
        Row &r = m_rows[c.id];
        if (c.applies) {
            setStatus(r, tr("Not run yet"), -1);
            r.message->setVisible(false);
        } else {
            setStatus(r, tr("Skipped"), int(QStyle::SP_MediaSkipForward));
            r.message->setText(tr("Does not apply: %1.").arg(c.skipReason));
            r.message->setVisible(true);
        }
        r.fix->setVisible(false);
    }
}

void CheckResultsView::buildRows(const QList<LiveCheck> &ordered)
{
    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
    m_rows.clear();
    int index = 0;
    for (const LiveCheck &c : ordered) {
        auto *frame = new QFrame(this);
        frame->setObjectName(QStringLiteral("check:") + c.id);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *grid = new QGridLayout(frame);
        grid->setContentsMargins(8, 6, 8, 6);
        grid->setHorizontalSpacing(8);
        grid->setVerticalSpacing(2);
        Row row;
        row.icon = new QLabel(frame);
        row.icon->setAlignment(Qt::AlignTop);
        auto *title =
            new QLabel(QStringLiteral("<b>%1</b> <span style=\"color:#666\">%2</span>").arg(c.title.toHtmlEscaped(), c.id), frame);
        title->setObjectName(QStringLiteral("title"));
        title->setWordWrap(true);
        row.status = new QLabel(frame);
        row.status->setObjectName(QStringLiteral("status"));
        row.status->setAlignment(Qt::AlignRight | Qt::AlignTop);
        row.status->setWordWrap(true); // "Noch nicht ausgeführt" at 150 % must not push the row past the page
        row.message = wrapped(frame, QStringLiteral("message"));
        row.fix = wrapped(frame, QStringLiteral("fix"));
        grid->addWidget(row.icon, 0, 0, 3, 1);
        grid->addWidget(title, 0, 1);
        grid->addWidget(row.status, 0, 2);
        grid->addWidget(row.message, 1, 1, 1, 2);
        grid->addWidget(row.fix, 2, 1, 1, 2);
        grid->setColumnStretch(1, 1);
        frame->setAccessibleName(c.title);
        m_layout->insertWidget(index++, frame);
        // Shown now, not when the layout's queued show arrives: a result set right after (the
        // model's last run) must be on screen at once.
        frame->show();
        m_rowWidgets << frame;
        m_rows.insert(c.id, row);
    }
}

void CheckResultsView::setStatus(Row &row, const QString &text, int icon)
{
    row.status->setText(text);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    if (icon < 0)
        row.icon->clear();
    else
        row.icon->setPixmap(style()->standardIcon(QStyle::StandardPixmap(icon)).pixmap(size, size));
    row.icon->setMinimumWidth(size);
}

void CheckResultsView::setRunning(const QString &id)
{
    if (!m_rows.contains(id))
        return;
    Row &r = m_rows[id];
    setStatus(r, tr("Running…"), int(QStyle::SP_BrowserReload));
    r.message->setText(tr("Waiting for the answer…"));
    r.message->setVisible(true);
    r.fix->setVisible(false);
}

void CheckResultsView::setProgress(const QString &id, const QString &text)
{
    if (!m_rows.contains(id))
        return;
    Row &r = m_rows[id];
    r.message->setText(displayText(text));
    r.message->setVisible(true);
}

void CheckResultsView::setResult(const CheckResult &result)
{
    if (!m_rows.contains(result.id))
        return;
    Row &r = m_rows[result.id];
    switch (result.status) {
    case CheckStatus::Pass: setStatus(r, tr("Passed"), int(QStyle::SP_DialogApplyButton)); break;
    case CheckStatus::Warn: setStatus(r, tr("Warning"), int(QStyle::SP_MessageBoxWarning)); break;
    case CheckStatus::Fail: setStatus(r, tr("Failed"), int(QStyle::SP_MessageBoxCritical)); break;
    case CheckStatus::Skipped: setStatus(r, tr("Skipped"), int(QStyle::SP_MediaSkipForward)); break;
    }
    r.message->setText(displayText(result.message));
    r.message->setVisible(!result.message.isEmpty());
    r.fix->setText(tr("Fix: %1").arg(displayText(result.fix)));
    r.fix->setVisible(!result.fix.isEmpty());
}

QString CheckResultsView::statusOf(const QString &id) const
{
    return m_rows.contains(id) ? m_rows.value(id).status->text() : QString();
}

} // namespace cc
