#include "WrappedChoice.h"

#include <QAbstractButton>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>

namespace cc {

namespace {
// "&Auto (default)" → "Auto (default)": what a screen reader says, without the mnemonic marker.
QString withoutMnemonic(QString text)
{
    for (qsizetype i = 0; i < text.size(); ++i)
        if (text.at(i) == u'&')
            text.remove(i, 1); // "&&" keeps one '&': the loop steps over it
    return text;
}
} // namespace

WrappedChoice::WrappedChoice(QAbstractButton *button, const QString &text, QWidget *parent)
    : QWidget(parent), m_button(button), m_label(new QLabel(this))
{
    m_button->setParent(this);
    m_button->setText(QString());
    m_label->setObjectName(m_button->objectName() + QStringLiteral("Text"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setBuddy(m_button);
    m_label->installEventFilter(this);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    row->addWidget(m_button, 0, Qt::AlignTop);
    row->addWidget(m_label, 1);
    setText(text);
}

void WrappedChoice::setText(const QString &text)
{
    m_label->setText(text);
    m_button->setAccessibleName(withoutMnemonic(text));
}

bool WrappedChoice::eventFilter(QObject *watched, QEvent *event)
{
    // A click on the text is a click on the choice, as with the button's own text.
    if (watched == m_label && event->type() == QEvent::MouseButtonRelease && isEnabled()
        && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
        m_button->setFocus(Qt::MouseFocusReason);
        m_button->click();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cc
