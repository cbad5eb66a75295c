/** What shows instead of the app when the library cannot be opened (see startup.ts). */
export function StartupError({ message }: { message: string }) {
  return (
    <main className="home">
      <h1>Scalepath</h1>
      <p className="field-error" role="alert">
        {message}
      </p>
    </main>
  );
}
