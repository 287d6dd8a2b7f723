#include "ValidatedLineEdit.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QToolButton>
#include <QVBoxLayout>

namespace cc {

ValidatedLineEdit::ValidatedLineEdit(const QString &name, Rule rule, QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_message(new QLabel(this)), m_rule(std::move(rule))
{
    m_edit->setObjectName(name);
    m_message->setObjectName(name + QStringLiteral("Message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setProperty("role", QStringLiteral("fieldError"));
    // A palette, not a style sheet: style sheets make every widget slower to create and polish.
    QPalette errorPalette = m_message->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_message->setPalette(errorPalette);
    m_message->hide();
    setFocusProxy(m_edit);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(0, 0, 0, 0);
    col->setSpacing(2);
    col->addLayout(row);
    col->addWidget(m_message);

    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &t) {
        m_touched = true;
        m_platformError.clear();
        update(true);
        Q_EMIT textEdited(t);
    });
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        if (!m_edit->text().isEmpty())
            m_touched = true;
        update(m_touched);
    });
    update(false);
}

QString ValidatedLineEdit::text() const
{
    return m_edit->text();
}

void ValidatedLineEdit::setText(const QString &text)
{
    if (m_edit->text() != text)
        m_edit->setText(text);
    update(m_touched && !text.isEmpty());
}

void ValidatedLineEdit::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void ValidatedLineEdit::setAccessibleName(const QString &name)
{
    m_edit->setAccessibleName(name);
}

void ValidatedLineEdit::setRule(Rule rule)
{
    m_rule = std::move(rule);
    update(m_touched);
}

void ValidatedLineEdit::setOptional(bool optional)
{
    m_optional = optional;
    update(m_touched);
}

void ValidatedLineEdit::setSecret(bool secret)
{
    m_edit->setEchoMode(secret ? QLineEdit::Password : QLineEdit::Normal);
    // A secret must not end up in the input method's history or predictions.
    m_edit->setInputMethodHints(secret ? Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText : Qt::ImhNone);
    if (secret && !m_reveal) {
        m_reveal = new QToolButton(this);
        m_reveal->setObjectName(m_edit->objectName() + QStringLiteral("Reveal"));
        m_reveal->setCheckable(true);
        m_reveal->setText(tr("Show"));
        m_reveal->setToolTip(tr("Show or hide the secret"));
        m_reveal->setAccessibleName(tr("Show secret"));
        static_cast<QHBoxLayout *>(static_cast<QVBoxLayout *>(layout())->itemAt(0)->layout())->addWidget(m_reveal);
        connect(m_reveal, &QToolButton::toggled, this, [this](bool on) {
            m_edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
            m_reveal->setText(on ? tr("Hide") : tr("Show"));
        });
    }
}

bool ValidatedLineEdit::isValid() const
{
    return m_valid;
}

QString ValidatedLineEdit::message() const
{
    const QString t = m_edit->text();
    if (t.isEmpty() && m_optional)
        return {};
    return m_rule ? m_rule(t) : QString();
}

void ValidatedLineEdit::revalidate(bool show)
{
    if (show)
        m_touched = true;
    update(m_touched);
}

void ValidatedLineEdit::setStoredHint(const QString &hint)
{
    if (!m_hint) {
        m_hint = new QLabel(this);
        m_hint->setObjectName(m_edit->objectName() + QStringLiteral("Stored"));
        m_hint->setForegroundRole(QPalette::PlaceholderText);
        static_cast<QHBoxLayout *>(static_cast<QVBoxLayout *>(layout())->itemAt(0)->layout())->addWidget(m_hint);
    }
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    m_edit->setAccessibleDescription(hint);
}

void ValidatedLineEdit::setPlatformError(const QString &text)
{
    m_platformError = text;
    update(m_touched);
}

void ValidatedLineEdit::update(bool show)
{
    const QString reason = message();
    const bool valid = reason.isEmpty();
    m_message->setText(valid && !m_platformError.isEmpty() ? tr("The platform says: %1").arg(m_platformError) : reason);
    m_message->setVisible((show && !valid) || (valid && !m_platformError.isEmpty()));
    m_edit->setAccessibleDescription(valid ? QString() : reason);
    m_edit->setProperty("invalid", !valid && show);
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validityChanged();
    }
}

} // namespace cc
