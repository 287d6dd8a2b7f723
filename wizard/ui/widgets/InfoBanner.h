#pragma once
// A framed note for the seeds' warnings and explanations, so they stand out from field labels.
#include <QFrame>

class QLabel;

namespace cc {

class InfoBanner : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Info, Warning, Error };
    InfoBanner(Kind kind, const QString &text, QWidget *parent = nullptr);
    // Text we wrote (tr() strings, may hold links and simple markup).
    void setText(const QString &text);
    // Text that holds anything from outside (a server's answer, a file): shown exactly as
    // characters, never as markup or links, without control characters.
    void setPlainText(const QString &text);
    QString text() const;
    void setKind(Kind kind);

private:
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace cc
