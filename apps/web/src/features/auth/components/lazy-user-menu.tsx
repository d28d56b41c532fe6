import { lazy, Suspense } from 'react';
import type { UserMenuProps } from './user-menu';
import '../auth.css';

const UserMenu = lazy(() => import('./user-menu').then((module) => ({ default: module.UserMenu })));

/**
 * The menu (dropdown, messages) arrives right after the first paint; until then the same button
 * shows who is signed in, without the menu.
 */
export function LazyUserMenu(props: UserMenuProps) {
  const { user, compact } = props;
  return (
    <Suspense
      fallback={
        <span className="user-menu__trigger user-menu__placeholder">
          {!compact && <span className="user-menu__name">{user.displayName}</span>}
        </span>
      }
    >
      <UserMenu {...props} />
    </Suspense>
  );
}
