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
    void setText(const QString &text);
    QString text() const;
    void setKind(Kind kind);

private:
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace cc
