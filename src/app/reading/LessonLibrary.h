#pragma once
// The lessons the learner can open: those compiled in (":/lessons") and those in
// folders the learner adds (a teacher's lessons). A broken lesson stays in the list
// with its error, so one bad file never hides the others.
#include "Lesson.h"
#include "progress/Progress.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace kobai::app {

class LessonLibrary : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool builtIn READ builtIn WRITE setBuiltIn NOTIFY builtInChanged)
    /// Where done/not done is kept; without it nothing is done.
    Q_PROPERTY(kobai::app::Progress *progress READ progress WRITE setProgress NOTIFY progressChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, OrderRole, TitleRole, ErrorRole, DoneRole };
    Q_ENUM(Role)

    explicit LessonLibrary(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Whether the compiled-in lessons are listed (tests list only their own).
    bool builtIn() const { return m_builtIn; }
    void setBuiltIn(bool builtIn);

    /// Adds every lesson folder under folder; returns how many were found.
    Q_INVOKABLE int addFolder(const QUrl &folder);
    /// The row of the lesson with this id, or -1.
    Q_INVOKABLE int indexOfId(const QString &id) const;
    Progress *progress() const { return m_progress; }
    void setProgress(Progress *progress);

    /// Done/not done is kept in the learner's progress, by lesson id.
    Q_INVOKABLE void setDone(int row, bool done);
    Q_INVOKABLE bool isDone(int row) const;

    const config::LessonLoad &at(int row) const { return m_loads.at(row); }

signals:
    void builtInChanged();
    void progressChanged();

private:
    void reload();

    bool m_builtIn = true;
    QList<QString> m_folders; ///< the learner's folders, in the order added
    QList<config::LessonLoad> m_loads;
    QPointer<Progress> m_progress;
};

} // namespace kobai::app
