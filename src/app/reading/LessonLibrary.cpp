#include "LessonLibrary.h"
#include "reading/LocalizedVariant.h"

#include <QVariantMap>

namespace kobai::app {

namespace {
const QString builtInFolder = QStringLiteral(":/lessons");
} // namespace

LessonLibrary::LessonLibrary(QObject *parent)
    : QAbstractListModel(parent)
{
    reload();
}

int LessonLibrary::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_loads.size());
}

QVariant LessonLibrary::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_loads.size())
        return {};
    const config::LessonLoad &load = m_loads.at(index.row());
    switch (role) {
    case IdRole:
        return load.lesson ? load.lesson->id : QString();
    case OrderRole:
        return load.lesson ? load.lesson->order : 0;
    case TitleRole:
        if (load.lesson)
            return localizedVariant(load.lesson->title);
        // A broken lesson is named by its folder, the one thing known for sure.
        return localizedVariant({load.folder.section(QLatin1Char('/'), -1), load.folder.section(QLatin1Char('/'), -1)});
    case ErrorRole:
        return load.error;
    case DoneRole:
        return isDone(index.row());
    default:
        return {};
    }
}

QHash<int, QByteArray> LessonLibrary::roleNames() const
{
    return {{IdRole, "lessonId"}, {OrderRole, "order"}, {TitleRole, "title"}, {ErrorRole, "error"}, {DoneRole, "done"}};
}

void LessonLibrary::setBuiltIn(bool builtIn)
{
    if (m_builtIn == builtIn)
        return;
    m_builtIn = builtIn;
    reload();
    emit builtInChanged();
}

int LessonLibrary::addFolder(const QUrl &folder)
{
    const QString path = folder.isLocalFile() ? folder.toLocalFile() : folder.toString();
    // An id the listed lessons have would share their progress: such a lesson is broken.
    const QList<config::LessonLoad> found = config::readLessonsUnder(path, nullptr, m_loads);
    if (found.isEmpty())
        return 0;
    m_folders.append(path);
    beginInsertRows({}, static_cast<int>(m_loads.size()), static_cast<int>(m_loads.size() + found.size() - 1));
    m_loads.append(found);
    endInsertRows();
    return static_cast<int>(found.size());
}

int LessonLibrary::indexOfId(const QString &id) const
{
    for (int row = 0; row < m_loads.size(); ++row)
        if (m_loads.at(row).lesson && m_loads.at(row).lesson->id == id)
            return row;
    return -1;
}

void LessonLibrary::setProgress(Progress *progress)
{
    if (m_progress == progress)
        return;
    if (m_progress)
        disconnect(m_progress, nullptr, this, nullptr);
    m_progress = progress;
    if (m_progress)
        connect(m_progress, &Progress::lessonsDoneChanged, this, [this] {
            if (!m_loads.isEmpty())
                emit dataChanged(index(0), index(static_cast<int>(m_loads.size()) - 1), {DoneRole});
        });
    if (!m_loads.isEmpty())
        emit dataChanged(index(0), index(static_cast<int>(m_loads.size()) - 1), {DoneRole});
    emit progressChanged();
}

void LessonLibrary::setDone(int row, bool done)
{
    // A broken lesson has no id to keep its progress under.
    if (m_progress && row >= 0 && row < m_loads.size() && m_loads.at(row).lesson)
        m_progress->setLessonDone(m_loads.at(row).lesson->id, done);
}

bool LessonLibrary::isDone(int row) const
{
    return m_progress && row >= 0 && row < m_loads.size() && m_loads.at(row).lesson
           && m_progress->isLessonDone(m_loads.at(row).lesson->id);
}

void LessonLibrary::reload()
{
    beginResetModel();
    m_loads.clear();
    if (m_builtIn)
        m_loads = config::readLessonsUnder(builtInFolder);
    for (const QString &folder : std::as_const(m_folders))
        m_loads.append(config::readLessonsUnder(folder, nullptr, m_loads));
    endResetModel();
}

} // namespace kobai::app
