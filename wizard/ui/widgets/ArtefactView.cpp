#include "ArtefactView.h"

#include "OwnerOnlyFile.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc {

ArtefactView::ArtefactView(const QString &name, QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_explanation(new QLabel(this)), m_text(new QPlainTextEdit(this)),
      // No Alt+letter: a page shows several of these views, and a shared key would reach none.
      m_copy(new QPushButton(tr("Copy"), this)), m_save(new QPushButton(tr("Save…"), this))
{
    setObjectName(name);
    m_text->setObjectName(name + QStringLiteral("Text"));
    m_copy->setObjectName(name + QStringLiteral("Copy"));
    m_save->setObjectName(name + QStringLiteral("Save"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setMinimumHeight(120);
    m_text->setMaximumHeight(220);
    m_explanation->setWordWrap(true);
    m_title->setWordWrap(true); // long German titles beside the two buttons (test_screenshots)
    m_explanation->setTextFormat(Qt::RichText);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_title, 1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 4, 0, 4);
    l->addLayout(buttons);
    l->addWidget(m_explanation);
    l->addWidget(m_text);
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_text->toPlainText()); });
    connect(m_save, &QPushButton::clicked, this, &ArtefactView::save);
}

void ArtefactView::setContent(const QString &title, const QString &explanation, const QString &text, const QString &fileName)
{
    m_title->setText(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    m_explanation->setText(explanation);
    m_explanation->setVisible(!explanation.isEmpty());
    m_text->setPlainText(text);
    m_text->setAccessibleName(title);
    m_fileName = fileName;
}

QString ArtefactView::text() const
{
    return m_text->toPlainText();
}

void ArtefactView::save()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save %1").arg(m_title->text()), m_fileName);
    if (path.isEmpty())
        return;
    const QString error = writeOwnerOnlyFile(path, m_text->toPlainText().toUtf8());
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Not saved"), tr("%1. Choose another folder.").arg(error));
        return;
    }
    Q_EMIT saved(path);
}

} // namespace cc
