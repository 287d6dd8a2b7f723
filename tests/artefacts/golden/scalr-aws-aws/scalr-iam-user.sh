# AWS CLI, partition aws. Save the minimum policy as scalr-minimum-policy.json first.
aws iam create-user --region 'us-east-1' --user-name 'scalr-prod-aws'
aws iam put-user-policy --region 'us-east-1' --user-name 'scalr-prod-aws' \
  --policy-name ScalrMinimumPolicy \
  --policy-document file://scalr-minimum-policy.json
# Prints AccessKeyId and SecretAccessKey once: enter both on the Credentials page.
aws iam create-access-key --region 'us-east-1' --user-name 'scalr-prod-aws'
