import { GatedAnalytics } from './components/gated-analytics';

export default function Home() {
  return (
    <main>
      <h1>Linen &amp; Canvas</h1>
      <p>Linen shirts and canvas shoes, made to last.</p>
      <section aria-label="Analytics">
        <GatedAnalytics />
      </section>
    </main>
  );
}
