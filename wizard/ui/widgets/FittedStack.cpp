#include "FittedStack.h"

#include <QVBoxLayout>

namespace cc {

FittedStack::FittedStack(QWidget *parent) : QWidget(parent), m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

int FittedStack::addWidget(QWidget *pane)
{
    m_panes.append(pane);
    m_layout->addWidget(pane);
    if (m_current < 0)
        m_current = 0;
    pane->setVisible(m_panes.size() - 1 == m_current);
    return int(m_panes.size()) - 1;
}

void FittedStack::setCurrentIndex(int index)
{
    if (index < 0 || index >= m_panes.size())
        return;
    m_current = index;
    // Hidden panes take no room in the layout.
    for (int i = 0; i < m_panes.size(); ++i)
        m_panes.at(i)->setVisible(i == index);
}

void FittedStack::setCurrentWidget(QWidget *pane)
{
    setCurrentIndex(int(m_panes.indexOf(pane)));
}

} // namespace cc
