# Deploy the role template (saved as spot-role.cfn.json) in partition aws-us-gov.
aws cloudformation deploy \
  --region 'us-gov-west-1' \
  --stack-name 'cloudconnect-spot-role-spot-aws' \
  --template-file spot-role.cfn.json \
  --capabilities CAPABILITY_NAMED_IAM \
  --parameter-overrides 'ExternalId=spot-external-id' 'RoleName=SpotRole'

# The role's ARN, to paste into Cloud Connect:
aws cloudformation describe-stacks \
  --region 'us-gov-west-1' \
  --stack-name 'cloudconnect-spot-role-spot-aws' \
  --query "Stacks[0].Outputs[?OutputKey=='RoleArn'].OutputValue" --output text
