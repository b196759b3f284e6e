// solc-js ships no type declarations; this is the one entry point we use.
declare module 'solc' {
  const solc: {
    compile(input: string): string
    version(): string
  }
  export default solc
}
