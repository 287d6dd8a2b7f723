// Markdown and HTML renderings of the report tables.
#include "ReportRenderers.h"
#include "ReportSections.h"

#include "DisplayText.h"

#include <algorithm>
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Report)
};
} // namespace

namespace cc {
namespace {

// Text from the profile or a server in Markdown: raw HTML is escaped (a renderer would otherwise
// run it, or fetch an image that tracks the reader) and so is the punctuation of Markdown's own
// links, images and emphasis, so what is written is what is shown.
QString mdText(const QString &in)
{
    QString out;
    const QString s = displayText(in);
    out.reserve(s.size() + 16);
    for (QChar c : s) {
        switch (c.unicode()) {
        case u'&': out += QStringLiteral("&amp;"); break;
        case u'<': out += QStringLiteral("&lt;"); break;
        case u'>': out += QStringLiteral("&gt;"); break;
        case u'\\':
        case u'`':
        case u'*':
        case u'_':
        case u'[':
        case u']':
        case u'!':
        case u'|':
        case u'#':
            out += u'\\';
            out += c;
            break;
        default: out += c;
        }
    }
    return out;
}

QString mdCell(const QString &s)
{
    // A table cell is one line; pipes and line breaks would break the table.
    return mdText(s).replace(u'\n', QStringLiteral("<br>"));
}

// A fenced block whose fence is longer than any run of backticks inside, so content cannot close it.
QString mdFenced(const QString &content)
{
    int longest = 0, run = 0;
    for (QChar c : content) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(std::max(3, longest + 1), u'`');
    return QStringLiteral("%1\n%2\n%1\n").arg(fence, displayText(content));
}

QString esc(const QString &s)
{
    return displayText(s).toHtmlEscaped();
}

} // namespace

QByteArray renderReportMarkdown(const ReportData &d)
{
    QString md = QStringLiteral("# %1\n\n%2\n").arg(mdText(reportTitle(d)), mdText(reportSubtitle(d)));
    for (const ReportTable &t : reportTables(d)) {
        md += QStringLiteral("\n## %1\n\n").arg(mdText(t.title));
        if (!t.note.isEmpty())
            md += mdText(t.note) + QStringLiteral("\n\n");
        if (t.monospace) {
            for (const QStringList &row : t.rows)
                md += mdFenced(row.join(u'\n'));
            continue;
        }
        if (t.rows.isEmpty())
            continue;
        QStringList header, rule;
        for (const QString &h : t.header) {
            header << mdCell(h);
            rule << QStringLiteral("---");
        }
        md += QStringLiteral("| %1 |\n| %2 |\n").arg(header.join(QStringLiteral(" | ")), rule.join(QStringLiteral(" | ")));
        for (const QStringList &row : t.rows) {
            QStringList cells;
            for (const QString &c : row)
                cells << mdCell(c);
            md += QStringLiteral("| %1 |\n").arg(cells.join(QStringLiteral(" | ")));
        }
    }
    return md.toUtf8();
}

QByteArray renderReportHtml(const ReportData &d)
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%3\"><head><meta charset=\"utf-8\"/>\n<title>%1</title>\n"
                                  "<style>\n"
                                  "body{font-family:sans-serif;margin:2em;color:#202020;max-width:60em}\n"
                                  "h1{font-size:1.5em;margin-bottom:.2em}\n.sub{color:#555;margin-top:0}\n"
                                  "h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #ccc}\n"
                                  "table{border-collapse:collapse;width:100%;page-break-inside:avoid;break-inside:avoid}\n"
                                  "th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}\n"
                                  "th{background:#f0f0f0}\npre{background:#f6f6f6;border:1px solid #ddd;padding:.6em;white-space:pre-wrap;"
                                  "page-break-inside:avoid}\n.note{color:#444}\n"
                                  "@media print{body{margin:0}h2{page-break-after:avoid}}\n"
                                  "</style></head><body>\n<h1>%1</h1>\n<p class=\"sub\">%2</p>\n")
                       .arg(esc(reportTitle(d)), esc(reportSubtitle(d)),
                            //: The language of the report's text (BCP 47), for <html lang="…">
                            Tr::tr("en"));
    for (const ReportTable &t : reportTables(d)) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(esc(t.title));
        if (!t.note.isEmpty())
            html += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(t.note));
        if (t.monospace) {
            for (const QStringList &row : t.rows)
                html += QStringLiteral("<pre>%1</pre>\n").arg(esc(row.join(u'\n')));
            continue;
        }
        if (t.rows.isEmpty())
            continue;
        html += QStringLiteral("<table><thead><tr>");
        for (const QString &h : t.header)
            html += QStringLiteral("<th>%1</th>").arg(esc(h));
        html += QStringLiteral("</tr></thead><tbody>\n");
        for (const QStringList &row : t.rows) {
            html += QStringLiteral("<tr>");
            for (const QString &c : row)
                html += QStringLiteral("<td>%1</td>").arg(esc(c));
            html += QStringLiteral("</tr>\n");
        }
        html += QStringLiteral("</tbody></table>\n");
    }
    html += QStringLiteral("</body></html>\n");
    return html.toUtf8();
}

} // namespace cc
