/** A font file imported from a module: the bundler copies it and gives its public address. */
declare module '*.woff2' {
  const url: string
  export default url
}
