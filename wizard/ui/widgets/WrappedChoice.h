#pragma once
// A radio button or check box whose text wraps: Qt's buttons draw their text on one line, so a
// long choice ("There are VPN connections to every other network…") made pages scroll sideways in
// German or at a large font. The button keeps no text of its own; a word-wrapped label beside it
// carries the text and its Alt+letter (the label's buddy is the button, so the letter clicks it),
// a click on the label clicks the button, and the button's accessible name is the text in words.
#include <QWidget>

class QAbstractButton;
class QLabel;

namespace cc {

class WrappedChoice : public QWidget {
    Q_OBJECT
public:
    // Takes `button` (created by the caller, object name and group included) into this row.
    WrappedChoice(QAbstractButton *button, const QString &text, QWidget *parent = nullptr);
    QAbstractButton *button() const { return m_button; }
    QLabel *label() const { return m_label; }
    void setText(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractButton *m_button;
    QLabel *m_label;
};

} // namespace cc
