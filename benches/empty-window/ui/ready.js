// Tells the benchmark the page is loaded and the IPC answers.
window.addEventListener("load", () => {
  window.__TAURI__.core.invoke("ready").catch(() => {});
});
