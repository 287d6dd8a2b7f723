#include "InfoBanner.h"

#include "DisplayText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QStyle>

namespace cc {
namespace {
// The longest note kept on one line: 60 characters fit the page in German at a 150 % font
// (tests/ui/test_screenshots); anything longer wraps.
constexpr qsizetype kOneLine = 60;
} // namespace

InfoBanner::InfoBanner(Kind kind, const QString &text, QWidget *parent) : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("infoBannerText"));
    m_text->setTextFormat(Qt::AutoText); // plain text lays out far cheaper than rich text
    m_icon->setAlignment(Qt::AlignTop);
    auto *l = new QHBoxLayout(this);
    l->setContentsMargins(8, 6, 8, 6);
    l->addWidget(m_icon);
    l->addWidget(m_text, 1);
    setKind(kind);
    setText(text);
}

void InfoBanner::setPlainText(const QString &text)
{
    const QString shown = displayText(text);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setOpenExternalLinks(false);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse); // a server's id or reason may be copied
    m_text->setWordWrap(shown.size() > kOneLine || shown.contains(u'\n'));
    m_text->setText(shown);
    setAccessibleDescription(shown);
}

void InfoBanner::setText(const QString &text)
{
    m_text->setTextFormat(Qt::AutoText);
    // Links need the label's text browser machinery; everything else is laid out as plain or
    // simple rich text, which is much cheaper (the Start page's banner is built at start-up).
    const bool links = text.contains(QLatin1String("<a "));
    m_text->setOpenExternalLinks(links);
    m_text->setTextInteractionFlags(links ? Qt::TextBrowserInteraction : Qt::NoTextInteraction);
    // Short notes stay on one line: word-wrapped labels are the costliest part of a layout pass.
    m_text->setWordWrap(text.size() > kOneLine);
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
    QColor background(0xee, 0xf4, 0xfb);
    if (kind == Kind::Warning) {
        icon = QStyle::SP_MessageBoxWarning;
        background = QColor(0xff, 0xf6, 0xe0);
    } else if (kind == Kind::Error) {
        icon = QStyle::SP_MessageBoxCritical;
        background = QColor(0xfd, 0xec, 0xea);
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    // A palette, not a style sheet: style sheets make every widget slower to create and polish.
    QPalette pal = palette();
    pal.setColor(QPalette::Window, background);
    pal.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(pal);
    setAutoFillBackground(true);
    setAccessibleName(kind == Kind::Warning ? tr("Warning") : kind == Kind::Error ? tr("Error") : tr("Note"));
}

} // namespace cc
