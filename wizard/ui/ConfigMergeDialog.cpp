#include "ConfigMergeDialog.h"

#include "artefacts/ConfigFileWriter.h"
#include "artefacts/ScalrServerConfig.h"
#include "artefacts/TextDiff.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc {

ConfigMergeDialog::ConfigMergeDialog(const QString &path, CloudKind cloud, ConnectionPolicy policy, QWidget *parent)
    : QDialog(parent), m_path(path), m_summary(new QLabel(this)), m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("configMerge"));
    setWindowTitle(tr("Merge into %1").arg(QFileInfo(path).fileName()));
    m_summary->setObjectName(QStringLiteral("mergeSummary"));
    m_summary->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("mergeText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setMinimumSize(680, 320);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);

    const ConfigFileRead read = readConfigFile(path);
    if (!read.ok) {
        m_summary->setText(tr("%1\n\nNothing was changed.").arg(read.error));
        m_text->hide();
        return;
    }
    m_original = read.text;
    const ConfigMerge merge = mergeConnectionPolicy(m_original, cloud, policy);
    switch (merge.outcome) {
    case ConfigMerge::Outcome::Failed:
        m_summary->setText(tr("This file cannot be merged safely — line %1, column %2: %3.\n\nThe file was not changed. "
                              "Add this entry by hand, merged into the existing app[:configuration], then run %4:")
                               .arg(merge.line)
                               .arg(merge.column)
                               .arg(merge.message, QLatin1String(kScalrReconfigure)));
        m_text->setPlainText(merge.manualSnippet);
        break;
    case ConfigMerge::Outcome::Unchanged:
        m_summary->setText(tr("%1 Nothing needs to change.").arg(merge.message));
        m_text->hide();
        break;
    case ConfigMerge::Outcome::Changed:
        m_merged = merge.text;
        m_summary->setText(tr("%1 Only these lines change; every other line stays as it is. A backup is written next to "
                              "the file first.")
                               .arg(merge.message));
        m_text->setPlainText(unifiedDiff(m_original, m_merged, path, path + tr(" (merged)")));
        m_write = buttons->addButton(tr("&Write (backup first)"), QDialogButtonBox::ActionRole);
        m_write->setObjectName(QStringLiteral("mergeWrite"));
        connect(m_write, &QPushButton::clicked, this, &ConfigMergeDialog::write);
        break;
    }
}

void ConfigMergeDialog::write()
{
    const ConfigFileWrite result = writeConfigFileWithBackup(m_path, m_original, m_merged);
    m_write->setEnabled(false);
    if (!result.ok) {
        m_summary->setText(tr("%1").arg(result.error));
        return;
    }
    m_written = true;
    m_backup = result.backupPath;
    m_summary->setText(tr("Written. The previous version is in %1.\n\nNow run on the Scalr server: %2")
                           .arg(result.backupPath, QLatin1String(kScalrReconfigure)));
}

} // namespace cc
