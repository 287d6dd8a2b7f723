#pragma once
// A generated text (policy, template, commands) with why it is needed, shown read-only with
// Copy and Save buttons.
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace cc {

class ArtefactView : public QWidget {
    Q_OBJECT
public:
    ArtefactView(const QString &name, QWidget *parent = nullptr);
    void setContent(const QString &title, const QString &explanation, const QString &text, const QString &fileName);
    QString text() const;

Q_SIGNALS:
    void saved(const QString &path);

private:
    void save();
    QLabel *m_title;
    QLabel *m_explanation;
    QPlainTextEdit *m_text;
    QPushButton *m_copy;
    QPushButton *m_save;
    QString m_fileName;
};

} // namespace cc
