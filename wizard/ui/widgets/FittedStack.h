#pragma once
// One of several panes at a time (per journey: AWS or Azure), as tall as the shown pane.
// QStackedWidget lays out for its tallest pane even when hidden panes are ignored (its layout
// takes the maximum height-for-width of all of them), which stretched short panes.
#include <QList>
#include <QWidget>

class QVBoxLayout;

namespace cc {

class FittedStack : public QWidget {
    Q_OBJECT
public:
    explicit FittedStack(QWidget *parent = nullptr);
    int addWidget(QWidget *pane);
    void setCurrentIndex(int index);
    void setCurrentWidget(QWidget *pane);
    int currentIndex() const { return m_current; }
    QWidget *currentWidget() const { return m_panes.value(m_current); }
    QWidget *widget(int index) const { return m_panes.value(index); }
    int count() const { return int(m_panes.size()); }

private:
    QVBoxLayout *m_layout;
    QList<QWidget *> m_panes;
    int m_current = -1;
};

} // namespace cc
