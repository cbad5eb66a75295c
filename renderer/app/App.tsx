import { useEffect, useRef } from 'react';
import { HomeScreen } from '../features/home/HomeScreen.tsx';
import { importWorkshopFile } from '../features/files/files.ts';
import { ImportFlow } from '../features/files/ImportFlow.tsx';
import { startAutomaticBackups, startBackupReminderClock } from '../features/files/backups.ts';
import { PresentScreen } from '../features/present/PresentScreen.tsx';
import { WorkshopScreen } from '../features/workshop/WorkshopScreen.tsx';
import { platform } from '../platform/index.ts';
import { dispatchAction, isForTextOrDialog, shortcutAction } from './actions.ts';
import { Banners } from './Banners.tsx';
import { useRoute } from './router.ts';
import { setReadOnly } from '../state/perform.ts';

export function App() {
  const route = useRoute();
  const routeRef = useRef(route);
  useEffect(() => {
    routeRef.current = route;
  }, [route]);
  const isAudience = route.screen === 'present' && route.isAudience === true;
  useEffect(() => setReadOnly(isAudience), [isAudience]);

  // The desktop menu's commands and the page's own shortcuts run the same actions as the buttons.
  useEffect(() => {
    const stopMenu = platform.onCommand(
      (command) => void dispatchAction(command, { route: routeRef.current }),
    );
    const onKey = (event: KeyboardEvent) => {
      const name = shortcutAction(event);
      if (name === null || isForTextOrDialog()) return;
      event.preventDefault();
      void dispatchAction(name, { route: routeRef.current });
    };
    window.addEventListener('keydown', onKey);
    return () => {
      stopMenu();
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  // A file opened from the OS (double-click, argv, a second instance, File > Open; desktop only)
  // goes the same way as the home screen's import: in as it is, or merge-or-copy.
  useEffect(() => platform.onFileOpened((file) => void importWorkshopFile(file)), []);
  // The audience window only shows: the app window keeps the backups.
  useEffect(() => (isAudience ? undefined : startAutomaticBackups()), [isAudience]);
  useEffect(() => (isAudience ? undefined : startBackupReminderClock()), [isAudience]);

  return (
    <div className="app">
      <Banners />
      <ImportFlow />
      {route.screen === 'home' && <HomeScreen />}
      {route.screen === 'workshop' && (
        <WorkshopScreen workshopId={route.workshopId} tab={route.tab} />
      )}
      {route.screen === 'present' && (
        <PresentScreen
          workshopId={route.workshopId}
          view={route.view}
          isAudience={route.isAudience === true}
        />
      )}
    </div>
  );
}
