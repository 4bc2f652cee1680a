import { useMutation, useQuery } from '@apollo/client/react';
import { BellOff } from 'lucide-react';
import { Link } from 'react-router';
import { graphql } from '@/gql';
import { QueryError } from '@/shared/QueryError';
import { Button, ButtonLink, Card, EmptyState, ItemList, Loading, PageHeader, timeAgo } from '@/ui';
import styles from './NotificationsPage.module.css';

const PAGE = 20;

const NotificationsPageQuery = graphql(`
  query NotificationsPage($first: Int!, $after: String) {
    notifications(first: $first, after: $after) {
      nodes {
        id
        kind
        title
        body
        url
        createdAt
        readAt
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      unreadCount
    }
  }
`);

const MarkReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

/** The viewer's notifications, newest first: opening one marks it read; all can be marked read at once. */
export function NotificationsPage() {
  const { data, loading, error, refetch, fetchMore } = useQuery(NotificationsPageQuery, {
    variables: { first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const [markRead, marking] = useMutation(MarkReadMutation, { refetchQueries: ['NotificationsPage', 'NotificationBell'] });
  if (loading && !data) return <Loading label="Loading your notifications…" />;
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  const { nodes, pageInfo, unreadCount } = data.notifications;

  return (
    <>
      <PageHeader
        title="Notifications"
        subtitle={unreadCount > 0 ? `${unreadCount} unread.` : 'You are all caught up.'}
        actions={
          <>
            {unreadCount > 0 && (
              <Button variant="secondary" busy={marking.loading} onClick={() => void markRead({ variables: { ids: null } })}>
                Mark all read
              </Button>
            )}
            <ButtonLink variant="secondary" to="/settings#notifications-heading">
              Preferences
            </ButtonLink>
          </>
        }
      />
      <Card padded={false}>
        {nodes.length === 0 ? (
          <EmptyState icon={<BellOff size={26} />} title="No notifications yet">
            Reminders, nudges, kudos and replies to your moments show up here.
          </EmptyState>
        ) : (
          <ItemList links>
            {nodes.map((notification) => (
              <li key={notification.id} className={notification.readAt ? styles.read : styles.unread}>
                <Link
                  to={notification.url}
                  onClick={() => {
                    if (!notification.readAt) void markRead({ variables: { ids: [notification.id] } });
                  }}
                >
                  <span className={styles.text}>
                    <strong>{notification.title}</strong>
                    <span>{notification.body}</span>
                  </span>
                  <span className={styles.when}>
                    {!notification.readAt && <span className="visually-hidden">Unread, </span>}
                    {timeAgo(notification.createdAt)}
                  </span>
                </Link>
              </li>
            ))}
          </ItemList>
        )}
      </Card>
      {pageInfo.hasNextPage && (
        <div className={styles.more}>
          <Button
            variant="secondary"
            onClick={() =>
              void fetchMore({
                variables: { after: pageInfo.endCursor },
                updateQuery: (previous, { fetchMoreResult }) => ({
                  notifications: {
                    ...fetchMoreResult.notifications,
                    nodes: [...previous.notifications.nodes, ...fetchMoreResult.notifications.nodes],
                  },
                }),
              })
            }
          >
            Show older
          </Button>
        </div>
      )}
    </>
  );
}
