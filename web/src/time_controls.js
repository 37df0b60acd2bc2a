// The time slider (one step per month over the store's range), the window width, the play button
// and the size filters. Keyboard: the slider takes arrows, Home/End and Page keys; the play button
// Space/Enter.
import { debounce } from './dom.js';
import { monthIndex, monthKey, windowFor } from './dates.js';
import { writeState } from './state.js';

const $ = (id) => document.getElementById(id);

export function setupTimeControls(app) {
  const slider = $('time-slider');
  const label = $('window-label');
  const width = $('window-width');
  const play = $('play');
  const topN = $('top-n');
  const minW = $('min-weight');
  let playing = false;

  const describe = () => {
    const w = windowFor(app.state.t, app.state.w);
    const text = `${w.from} – ${w.to}`;
    label.textContent = text;
    slider.setAttribute('aria-valuetext', `${app.state.w} window ${text}`);
  };

  const sync = () => {
    slider.min = '0';
    slider.max = String(app.range.lastMonth - app.range.firstMonth);
    slider.value = String(monthIndex(app.state.t) - app.range.firstMonth);
    width.value = app.state.w;
    topN.value = app.state.top;
    minW.value = app.state.minw;
    describe();
  };

  const moved = debounce(() => app.windowChanged(), 250);
  slider.addEventListener('input', () => {
    app.state.t = monthKey(app.range.firstMonth + Number(slider.value));
    describe();
    moved();
  });
  width.addEventListener('change', () => {
    app.state.w = width.value;
    describe();
    app.windowChanged();
  });
  const filters = debounce(() => {
    if (Number(topN.value) >= 1) app.state.top = String(Math.floor(Number(topN.value)));
    if (Number(minW.value) >= 0) app.state.minw = String(Number(minW.value));
    writeState(app.state);
    app.loadWindow();
  }, 300);
  topN.addEventListener('input', filters);
  minW.addEventListener('input', filters);

  const setPlaying = (on) => {
    playing = on;
    play.setAttribute('aria-pressed', on ? 'true' : 'false');
    play.textContent = on ? '❚❚ Pause' : '▶ Play';
  };
  // Each step waits for the window to load and settle before the next, so nothing piles up.
  const loop = async () => {
    while (playing) {
      const next = Number(slider.value) + 1;
      if (next > Number(slider.max)) break;
      slider.value = String(next);
      app.state.t = monthKey(app.range.firstMonth + next);
      describe();
      await app.windowChanged();
      await new Promise((r) => setTimeout(r, 700));
    }
    setPlaying(false);
  };
  play.addEventListener('click', () => {
    if (playing) {
      setPlaying(false);
      return;
    }
    setPlaying(true);
    if (Number(slider.value) >= Number(slider.max)) {
      slider.value = '0';
      app.state.t = monthKey(app.range.firstMonth);
      describe();
      app.windowChanged().then(loop);
    } else {
      loop();
    }
  });

  sync();
  return { sync, isPlaying: () => playing };
}
