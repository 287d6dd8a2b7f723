#pragma once
// Merging the connection policy into a scalr-server.rb the admin picked: shows the diff (or why
// the file cannot be merged safely, with the entry to merge by hand), and writes only on request,
// after a timestamped backup.
#include "Profile.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace cc {

class ConfigMergeDialog : public QDialog {
    Q_OBJECT
public:
    ConfigMergeDialog(const QString &path, CloudKind cloud, ConnectionPolicy policy, QWidget *parent = nullptr);
    bool written() const { return m_written; }
    QString backupPath() const { return m_backup; }

private:
    void write();
    QString m_path;
    QString m_original;
    QString m_merged;
    QLabel *m_summary;
    QPlainTextEdit *m_text;
    QPushButton *m_write = nullptr;
    bool m_written = false;
    QString m_backup;
};

} // namespace cc
