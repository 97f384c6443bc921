export default defineBackground({
  type: 'module',
  main() {
    console.log('[lvliang] background started');
  },
});
