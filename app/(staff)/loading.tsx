export { PageSkeleton as default } from "@/components/layout/PageSkeleton";
