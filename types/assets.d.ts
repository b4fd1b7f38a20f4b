declare module "*.png" {
  const value: string | { src: string; width: number; height: number };
  export default value;
}
