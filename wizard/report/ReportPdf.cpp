// PDF rendering with Qt's own PDF writer: real, selectable text (pdftotext reads it back), A4,
// and whole tables kept on one page where they fit.
#include "ReportPdf.h"
#include "ReportSections.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace cc {
namespace {

void addHeading(QTextCursor &c, const QString &text, qreal size, bool first = false)
{
    QTextBlockFormat block;
    block.setTopMargin(first ? 0 : size);
    block.setBottomMargin(size / 3);
    QTextCharFormat chars;
    chars.setFontPointSize(size);
    chars.setFontWeight(QFont::Bold);
    if (!first)
        c.insertBlock(block, chars);
    else {
        c.setBlockFormat(block);
        c.setCharFormat(chars);
    }
    c.insertText(text, chars);
}

void addParagraph(QTextCursor &c, const QString &text, const QTextCharFormat &chars)
{
    QTextBlockFormat block;
    block.setBottomMargin(4);
    c.insertBlock(block, chars);
    c.insertText(text, chars);
}

QTextTable *addTable(QTextCursor &c, const ReportTable &t, const QTextCharFormat &body)
{
    QTextTableFormat format;
    format.setBorder(0.5);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setHeaderRowCount(t.header.isEmpty() ? 0 : 1); // repeated if a long table must break
    const int columns = t.header.isEmpty() ? 1 : int(t.header.size());
    const int rows = int(t.rows.size()) + (t.header.isEmpty() ? 0 : 1);
    QTextTable *table = c.insertTable(rows, columns, format);
    QTextCharFormat head = body;
    head.setFontWeight(QFont::Bold);
    int r = 0;
    if (!t.header.isEmpty()) {
        for (int col = 0; col < columns; ++col)
            table->cellAt(0, col).firstCursorPosition().insertText(t.header.value(col), head);
        ++r;
    }
    for (const QStringList &row : t.rows) {
        for (int col = 0; col < columns; ++col)
            table->cellAt(r, col).firstCursorPosition().insertText(row.value(col), body);
        ++r;
    }
    c.movePosition(QTextCursor::End);
    return table;
}

} // namespace

QString writeReportPdf(const ReportData &d, QIODevice *device)
{
    QPdfWriter writer(device);
    writer.setTitle(reportTitle(d));
    writer.setCreator(QStringLiteral("cloudconnect %1").arg(d.toolVersion));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter));
    writer.setResolution(300);

    QTextDocument doc;
    doc.setDocumentMargin(0);
    // Measure text at the PDF's resolution, so the pagination below is the one printed.
    doc.documentLayout()->setPaintDevice(&writer);
    QFont base = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    base.setPointSizeF(9.5);
    doc.setDefaultFont(base);
    QTextCharFormat body;
    body.setFontPointSize(9.5);
    QTextCharFormat mono = body;
    mono.setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    mono.setFontPointSize(8);
    QTextCharFormat muted = body;
    muted.setForeground(QColor(0x55, 0x55, 0x55));

    QTextCursor c(&doc);
    addHeading(c, reportTitle(d), 16, true);
    addParagraph(c, reportSubtitle(d), muted);
    QList<QPair<int, QTextTable *>> tables; // heading block position → its table
    for (const ReportTable &t : reportTables(d)) {
        addHeading(c, t.title, 12);
        const int headingPosition = c.block().position();
        if (!t.note.isEmpty())
            addParagraph(c, t.note, muted);
        if (t.rows.isEmpty())
            continue;
        tables.append({headingPosition, addTable(c, t, t.monospace ? mono : body)});
    }

    // Paginate, then move every table that crosses a page boundary (and fits on one page) to the
    // next page together with its heading; repeat until nothing moves.
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    doc.setPageSize(page.size());
    const qreal pageHeight = page.height();
    for (bool moved = true; moved;) {
        moved = false;
        for (const auto &[headingPosition, table] : tables) {
            const QRectF box = doc.documentLayout()->frameBoundingRect(table);
            const QTextBlock heading = doc.findBlock(headingPosition);
            const qreal top = doc.documentLayout()->blockBoundingRect(heading).top();
            const int firstPage = int(top / pageHeight);
            const int lastPage = int((box.bottom() - 1) / pageHeight);
            if (firstPage != lastPage && box.bottom() - top < pageHeight * 0.95
                && heading.blockFormat().pageBreakPolicy() != QTextFormat::PageBreak_AlwaysBefore) {
                QTextCursor at(heading);
                QTextBlockFormat f = heading.blockFormat();
                f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                at.setBlockFormat(f);
                moved = true;
                break; // positions below changed; measure again
            }
        }
    }
    doc.print(&writer);
    return {};
}

} // namespace cc
