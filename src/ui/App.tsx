export function App() {
  return <main><h1>Hub &amp; Spokes</h1><p>The game table is being built.</p></main>;
}
