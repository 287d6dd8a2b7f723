#pragma once
// Import review: a refused file lists every problem by JSON pointer and applies nothing; an
// accepted one lists what will change (and what is still missing) and applies only on "Apply".
#include "ProfileValidator.h"

#include <QDialog>

namespace cc {

class ImportReviewDialog : public QDialog {
    Q_OBJECT
public:
    ImportReviewDialog(const QString &path, const ProfileParseResult &result, const Profile &current, QWidget *parent = nullptr);
    bool accepted() const { return m_ok; }

private:
    bool m_ok;
};

} // namespace cc
