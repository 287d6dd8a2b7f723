#include "InfoBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace cc {

InfoBanner::InfoBanner(Kind kind, const QString &text, QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(text, this))
{
    setFrameShape(QFrame::StyledPanel);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setOpenExternalLinks(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_icon->setAlignment(Qt::AlignTop);
    auto *l = new QHBoxLayout(this);
    l->setContentsMargins(8, 6, 8, 6);
    l->addWidget(m_icon);
    l->addWidget(m_text, 1);
    setKind(kind);
}

void InfoBanner::setText(const QString &text)
{
    m_text->setText(text);
    setAccessibleDescription(m_text->text());
}

QString InfoBanner::text() const
{
    return m_text->text();
}

void InfoBanner::setKind(Kind kind)
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString colours = QStringLiteral("background: #eef4fb; border: 1px solid #9dbbe0;");
    if (kind == Kind::Warning) {
        icon = QStyle::SP_MessageBoxWarning;
        colours = QStringLiteral("background: #fff6e0; border: 1px solid #e0b44a;");
    } else if (kind == Kind::Error) {
        icon = QStyle::SP_MessageBoxCritical;
        colours = QStringLiteral("background: #fdecea; border: 1px solid #d9776b;");
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    setStyleSheet(QStringLiteral("cc--InfoBanner { %1 border-radius: 4px; } QLabel { background: transparent; border: none; color: #202020; }").arg(colours));
    setAccessibleName(kind == Kind::Warning ? tr("Warning") : kind == Kind::Error ? tr("Error") : tr("Note"));
}

} // namespace cc
