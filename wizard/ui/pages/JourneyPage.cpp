#include "JourneyPage.h"

#include "OnboardingController.h"
#include "widgets/ValidatedLineEdit.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cc {

JourneyPage::JourneyPage(PageId id, OnboardingController *controller, QWidget *parent)
    : QWizardPage(parent), m_id(id), m_controller(controller)
{
    setObjectName(pageKey(id) + QStringLiteral("Page"));
    connect(controller, &OnboardingController::journeyChanged, this, [this] {
        if (m_built)
            journeyChanged();
    });
}

int JourneyPage::nextId() const
{
    const std::optional<PageId> next = nextPage(m_controller->journey(), m_id);
    return next ? int(*next) : -1;
}

void JourneyPage::ensureBuilt()
{
    if (m_built)
        return;
    m_built = true;
    // Long pages scroll instead of forcing the window taller than a laptop screen.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *body = new QVBoxLayout(content);
    body->setContentsMargins(0, 0, 8, 0);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    build(body);
    // Short pages keep their fields at the top; a page that gave a widget the spare height
    // (a summary, a list) keeps it.
    bool fills = false;
    for (int i = 0; i < body->count(); ++i)
        fills = fills || body->stretch(i) > 0;
    if (!fills)
        body->addStretch(1);
}

void JourneyPage::initializePage()
{
    ensureBuilt();
    if (m_loadedRevision != m_controller->revision()) {
        m_loadedRevision = m_controller->revision();
        loadFromProfile();
    }
    journeyChanged();
    Q_EMIT completeChanged();
}

void JourneyPage::focusFirstInput()
{
    QWidget *now = QApplication::focusWidget();
    if (now && isAncestorOf(now) && now->isVisible())
        return;
    auto takesTab = [this](QWidget *w) { return w->isVisibleTo(this) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus); };
    auto isInput = [](QWidget *w) {
        // A check box, or the chosen button of a group of radio buttons (the first when none is).
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            return b->isCheckable() && (!b->group() || b->isChecked() || !b->group()->checkedButton());
        return qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
               || qobject_cast<QAbstractItemView *>(w);
    };
    QWidget *first = nullptr;
    // The page's own focus chain, in the order Tab would visit it.
    for (QWidget *w = nextInFocusChain(); w && w != this; w = w->nextInFocusChain()) {
        if (!isAncestorOf(w) || !takesTab(w))
            continue;
        if (!first)
            first = w;
        if (isInput(w)) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
    if (first)
        first->setFocus(Qt::TabFocusReason);
}

bool JourneyPage::isComplete() const
{
    for (ValidatedLineEdit *f : m_fields)
        if (f->isVisibleTo(this) && f->isEnabled() && !f->isValid())
            return false;
    return extraComplete();
}

QFormLayout *JourneyPage::newForm(QVBoxLayout *body)
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A field goes below its label when both do not fit side by side (German, large fonts).
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    body->addLayout(form);
    return form;
}

void JourneyPage::registerField(ValidatedLineEdit *field)
{
    m_fields.append(field);
    connect(field, &ValidatedLineEdit::validityChanged, this, &QWizardPage::completeChanged);
    // A platform's refusal lives in the model; the page that owns the field named shows it.
    auto mark = [this, field] {
        const bool named = OnboardingController::fieldForPointer(controller()->platformFieldPointer()) == field->lineEdit()->objectName();
        field->setPlatformError(named ? controller()->platformFieldMessage() : QString());
    };
    connect(controller(), &OnboardingController::platformFieldErrorChanged, field, mark);
    // Editing the field is the admin's answer to it: the mark goes, from the model too.
    connect(field->lineEdit(), &QLineEdit::textEdited, this, [this, field] {
        if (OnboardingController::fieldForPointer(controller()->platformFieldPointer()) == field->lineEdit()->objectName())
            controller()->setPlatformFieldError({}, {});
    });
    mark();
}

ValidatedLineEdit *JourneyPage::addField(QFormLayout *form, const QString &label, const QString &name,
                                         std::function<QString(const QString &)> rule)
{
    auto *field = new ValidatedLineEdit(name, std::move(rule));
    auto *l = new QLabel(label);
    l->setBuddy(field->lineEdit());
    field->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    form->addRow(l, field);
    registerField(field);
    return field;
}

} // namespace cc
