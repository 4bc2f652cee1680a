import {
  Award,
  BookOpen,
  CalendarDays,
  Flame,
  Gift,
  HeartHandshake,
  Home,
  LogOut,
  Menu,
  MessageSquareHeart,
  Newspaper,
  PartyPopper,
  PenSquare,
  Search,
  Route as RouteIcon,
  ScrollText,
  Settings2,
  SlidersHorizontal,
  Trophy,
  UserCog,
  Users,
  X,
} from 'lucide-react';
import { Suspense, useState } from 'react';
import { Navigate, NavLink, Outlet, useLocation, useNavigation } from 'react-router';
import { SearchBox } from '@/shared/search/SearchBox';
import { errorCode } from '@/shared/apollo';
import { RewardProvider } from '@/shared/rewards/RewardProvider';
import { useSession } from '@/shared/session';
import { canAuthor, isAdmin, useViewer } from '@/shared/viewer';
import { Avatar } from '@/ui/Avatar';
import { Loading } from '@/ui/Spinner';
import { NotificationBell } from './NotificationBell';
import styles from './AppShell.module.css';

function Brand() {
  return (
    <span className={styles.brand}>
      <img src="/favicon.svg" alt="" width={32} height={32} />
      Laurels
    </span>
  );
}

/**
 * The signed-in frame: navigation, who is signed in, and the page. Who that
 * is, is what the server says with the session cookie: without a sign-in it
 * takes the visitor to the sign-in form, and back here afterwards.
 */
export function AppShell() {
  const { signOut } = useSession();
  const location = useLocation();
  const navigation = useNavigation();
  const [menuOpen, setMenuOpen] = useState(false);
  const [searchOpen, setSearchOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const { data, loading, error } = useViewer();
  if (errorCode(error) === 'UNAUTHENTICATED') {
    const next = location.pathname === '/' ? '' : `?next=${encodeURIComponent(location.pathname)}`;
    return <Navigate to={`/sign-in${next}`} replace />;
  }
  if (loading && !data) return <Loading label="Loading Laurels…" />;
  const me = data?.me;
  const links = [
    { to: '/', label: 'Home', icon: <Home size={18} />, end: true },
    { to: '/feed', label: 'Feed', icon: <PartyPopper size={18} /> },
    { to: '/courses', label: 'Courses', icon: <BookOpen size={18} /> },
    { to: '/paths', label: 'Learning paths', icon: <RouteIcon size={18} /> },
    { to: '/events', label: 'Events', icon: <CalendarDays size={18} /> },
    { to: '/badges', label: 'Badges', icon: <Award size={18} /> },
    { to: '/certifications', label: 'Certifications', icon: <ScrollText size={18} /> },
    { to: '/mentoring', label: 'Mentoring', icon: <HeartHandshake size={18} /> },
    { to: '/leaderboard', label: 'Leaderboard', icon: <Trophy size={18} /> },
    { to: '/rewards', label: 'Rewards', icon: <Gift size={18} /> },
    { to: '/feedback', label: 'My feedback', icon: <MessageSquareHeart size={18} /> },
    { to: '/digest', label: 'Digest', icon: <Newspaper size={18} /> },
    { to: '/teams', label: 'Teams', icon: <Users size={18} /> },
    // A manager reaches their team's desk in one click; one who manages several, the home that lists them all.
    ...(me && me.managedTeams.length > 0
      ? [
          {
            to: me.managedTeams.length === 1 ? `/teams/${me.managedTeams[0]!.id}/manage` : '/#my-teams-heading',
            label: me.managedTeams.length === 1 ? 'Manage my team' : 'Manage my teams',
            icon: <Settings2 size={18} />,
          },
        ]
      : []),
    ...(canAuthor(me?.role) ? [{ to: '/studio', label: 'Course studio', icon: <PenSquare size={18} /> }] : []),
    ...(isAdmin(me?.role) ? [{ to: '/people', label: 'People', icon: <UserCog size={18} /> }] : []),
    { to: '/settings', label: 'Settings', icon: <SlidersHorizontal size={18} /> },
  ];
  return (
    <RewardProvider>
      <div className={styles.shell}>
        <a href="#main" className={styles.skip}>
          Skip to content
        </a>
        <header className={styles.topbar}>
          <Brand />
          <button
            type="button"
            className={[styles.menuButton, styles.searchButton].join(' ')}
            aria-label={searchOpen ? 'Close search' : 'Search'}
            aria-expanded={searchOpen}
            onClick={() => setSearchOpen(!searchOpen)}
          >
            {searchOpen ? <X size={22} /> : <Search size={22} />}
          </button>
          <button
            type="button"
            className={styles.menuButton}
            aria-label={menuOpen ? 'Close menu' : 'Open menu'}
            aria-expanded={menuOpen}
            onClick={() => setMenuOpen(!menuOpen)}
          >
            {menuOpen ? <X size={22} /> : <Menu size={22} />}
          </button>
        </header>
        {searchOpen && (
          <div className={styles.searchPanel}>
            <SearchBox autoFocus onClose={() => setSearchOpen(false)} />
          </div>
        )}
        <nav className={[styles.sidebar, menuOpen ? styles.open : ''].join(' ')} aria-label="Main">
          <div className={styles.sidebarBrand}>
            <Brand />
            {data?.organization && <span className={styles.org}>{data.organization.name}</span>}
          </div>
          <SearchBox className={styles.sidebarSearch} />
          <ul className={styles.links}>
            {links.map((link) => (
              <li key={link.to}>
                <NavLink
                  to={link.to}
                  end={link.end}
                  className={({ isActive }) => [styles.link, isActive ? styles.active : ''].join(' ')}
                  onClick={() => setMenuOpen(false)}
                >
                  {link.icon}
                  {link.label}
                </NavLink>
              </li>
            ))}
            <li>
              <NotificationBell onNavigate={() => setMenuOpen(false)} />
            </li>
          </ul>
          {me && (
            <div className={styles.me}>
              <Avatar name={me.displayName} />
              <div className={styles.meText}>
                <strong>{me.displayName}</strong>
                <span>{me.level.title}</span>
                <span>
                  <span data-testid="shell-points">{me.points.toLocaleString()} pts</span>
                  {me.streakDays > 0 && (
                    <span className={styles.streak} title={`${me.streakDays}-day streak`}>
                      · <Flame size={13} aria-hidden="true" /> {me.streakDays}
                    </span>
                  )}
                </span>
              </div>
              <button
                type="button"
                className={styles.signOut}
                disabled={signingOut}
                onClick={() => {
                  setSigningOut(true);
                  void signOut();
                }}
              >
                <LogOut size={16} aria-hidden="true" />
                Sign out
              </button>
            </div>
          )}
        </nav>
        <main id="main" className={styles.main} aria-busy={navigation.state === 'loading'}>
          {navigation.state === 'loading' && <div className={styles.routeProgress} aria-hidden="true" />}
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </RewardProvider>
  );
}
