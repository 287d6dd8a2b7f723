#include "ChecklistView.h"

#include "WrappedChoice.h"

#include "OnboardingController.h"

#include <QCheckBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace cc {

ChecklistView::ChecklistView(OnboardingController *controller, PageId page, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_page(page), m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    refresh();
}

void ChecklistView::refresh()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget(); // never called from a child's own signal, so deleting now is safe
        delete item;
    }
    const QList<ChecklistStep> steps = checklistSteps(m_controller->profile(), m_page);
    m_count = int(steps.size());
    setVisible(!steps.isEmpty());
    if (steps.isEmpty())
        return;
    auto *heading = new QLabel(tr("<b>In the portal</b> — tick each step when done; the time is recorded for the report."), this);
    heading->setWordWrap(true);
    m_layout->addWidget(heading);
    for (const ChecklistStep &s : steps) {
        auto *box = new QCheckBox(this);
        box->setObjectName(QStringLiteral("check_") + s.id);
        auto *row = new WrappedChoice(box, s.title, this);
        const ChecklistEntry entry = m_controller->profile().checklist.value(s.id);
        box->setChecked(entry.done);
        box->setAccessibleDescription(s.detail);
        auto *detail = new QLabel(s.detail, this);
        detail->setWordWrap(true);
        detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
        detail->setContentsMargins(24, 0, 0, 4);
        detail->setForegroundRole(QPalette::PlaceholderText);
        auto *when = new QLabel(this);
        when->setContentsMargins(24, 0, 0, 0);
        auto showWhen = [when](const QDateTime &at) {
            when->setVisible(at.isValid());
            when->setText(at.isValid() ? tr("Done at %1").arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)) : QString());
        };
        showWhen(entry.done ? entry.at : QDateTime());
        connect(box, &QCheckBox::toggled, this, [this, id = s.id, showWhen](bool on) {
            m_controller->setChecklistStep(id, on);
            showWhen(m_controller->profile().checklist.value(id).at);
        });
        m_layout->addWidget(row);
        m_layout->addWidget(detail);
        m_layout->addWidget(when);
    }
}

} // namespace cc
