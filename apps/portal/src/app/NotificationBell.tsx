import { useQuery, useSubscription } from '@apollo/client/react';
import { Bell } from 'lucide-react';
import { NavLink } from 'react-router';
import { graphql } from '@/gql';
import styles from './AppShell.module.css';

const UnreadQuery = graphql(`
  query NotificationBell {
    notifications(first: 1, unreadOnly: true) {
      unreadCount
    }
  }
`);

const NotificationAddedSubscription = graphql(`
  subscription NotificationBellAdded {
    notificationAdded {
      id
    }
  }
`);

/** The shell's bell: the unread count, kept live by the viewer's own notifications arriving over the socket. */
export function NotificationBell({ onNavigate }: { onNavigate: () => void }) {
  const { data, refetch } = useQuery(UnreadQuery, { fetchPolicy: 'cache-and-network' });
  useSubscription(NotificationAddedSubscription, { onData: () => void refetch() });
  const unread = data?.notifications.unreadCount ?? 0;
  return (
    <NavLink to="/notifications" className={({ isActive }) => [styles.link, isActive ? styles.active : ''].join(' ')} onClick={onNavigate}>
      <Bell size={18} aria-hidden="true" />
      Notifications
      {unread > 0 && (
        <span className={styles.unread} data-testid="unread-count">
          {unread > 999 ? '999+' : unread}
          <span className="visually-hidden"> unread</span>
        </span>
      )}
    </NavLink>
  );
}
