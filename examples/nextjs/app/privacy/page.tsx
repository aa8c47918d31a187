export default function Privacy() {
  return (
    <main>
      <h1>Privacy policy</h1>
      <p>What we collect, why, and how to change your choice.</p>
    </main>
  );
}
