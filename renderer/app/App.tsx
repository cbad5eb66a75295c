import { useEffect } from 'react';
import { HomeScreen } from '../features/home/HomeScreen.tsx';
import { importWorkshopFile } from '../features/files/files.ts';
import { WorkshopScreen } from '../features/workshop/WorkshopScreen.tsx';
import { platform } from '../platform/index.ts';
import { Banners } from './Banners.tsx';
import { useRoute } from './router.ts';

export function App() {
  const route = useRoute();

  // A file double-clicked in the OS (desktop only) opens as a new workshop.
  useEffect(() => platform.onFileOpened((file) => void importWorkshopFile(file)), []);

  return (
    <div className="app">
      <Banners />
      {route.screen === 'home' ? (
        <HomeScreen />
      ) : (
        <WorkshopScreen workshopId={route.workshopId} tab={route.tab} />
      )}
    </div>
  );
}
