import { createElement } from 'react';
import { Menu, usePermissions, useResourceDefinitions } from 'react-admin';
import { menuItemsFor } from '../auth/permissions';

/** The menu shows each role only what it may use. */
export const AppMenu = () => {
  const { permissions } = usePermissions<string[]>();
  const resources = useResourceDefinitions();
  const items = menuItemsFor(Array.isArray(permissions) ? permissions : []);
  return (
    <Menu>
      <Menu.DashboardItem />
      {items
        .filter((item) => resources[item.resource])
        .map((item) => {
          const icon = resources[item.resource].icon;
          return (
            <Menu.Item
              key={item.key}
              to={`/${item.resource}`}
              primaryText={`app.menu.${item.key}`}
              leftIcon={icon ? createElement(icon) : undefined}
              data-testid={`menu-${item.key}`}
            />
          );
        })}
    </Menu>
  );
};
