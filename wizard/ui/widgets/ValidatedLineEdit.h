#pragma once
// A line edit that checks itself as the user types and shows the reason right below it. Secret
// mode masks the text and adds a keyboard-reachable reveal toggle.
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QToolButton;

namespace cc {

class ValidatedLineEdit : public QWidget {
    Q_OBJECT
public:
    using Rule = std::function<QString(const QString &)>;

    // `name` becomes the line edit's objectName (the message label gets name + "Message").
    ValidatedLineEdit(const QString &name, Rule rule, QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QString text() const;
    void setText(const QString &text);
    void setPlaceholderText(const QString &text);
    void setAccessibleName(const QString &name);
    void setRule(Rule rule);
    void setOptional(bool optional); // empty is then valid
    void setSecret(bool secret);
    bool isValid() const;
    QString message() const; // the current reason, shown or not
    // Shows the message even if the user has not typed yet (e.g. after a failed import).
    void revalidate(bool show = true);
    // Marks the field with what the platform said about it (a submission error), until the user
    // edits it. It does not make the field invalid: the platform may be wrong or may have changed.
    void setPlatformError(const QString &text);
    QString platformError() const { return m_platformError; }
    // Shows a small note beside the field, e.g. that its value came from the keychain ("" hides it).
    void setStoredHint(const QString &hint);

Q_SIGNALS:
    void textEdited(const QString &text);
    void validityChanged();

private:
    void update(bool show);
    QLineEdit *m_edit;
    QLabel *m_message;
    QToolButton *m_reveal = nullptr;
    QLabel *m_hint = nullptr;
    Rule m_rule;
    bool m_optional = false;
    bool m_touched = false;
    bool m_valid = false;
    QString m_platformError;
};

} // namespace cc
